package app.stepwise.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.search.internal.KnowledgeIndex;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class KnowledgeBaseIntegrationTest {
    @Autowired app.stepwise.content.ContentLibrary library;
    @Autowired ContentImporter importer;
    @Autowired KnowledgeBase knowledgeBase;
    @Autowired KnowledgeIndex index;
    @Autowired Curriculum curriculum;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditLog auditLog;
    PeopleFixture fixture;

    @BeforeEach
    void importSampleContent() {
        SearchTesting.importSampleContent(importer, index);
        fixture = new PeopleFixture(people, passwordEncoder);
        PeopleFixture.signInAs(fixture.person("Lee Learner", Authority.LEARNER));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_question_finds_the_step_that_answers_it_with_its_anchor_and_link() {
        var results = knowledgeBase.search(SearchQuery.of("who approves a purchase over budget"));
        var first = results.hits().getFirst();
        assertThat(first.moduleId()).isEqualTo("purchasing");
        assertThat(first.kind()).isEqualTo("step");
        assertThat(first.section()).isEqualTo("Step 4: Get budget approval");
        assertThat(first.anchor()).isEqualTo(curriculum.reading("purchasing").orElseThrow().steps().get(3).anchor());
        assertThat(first.url()).isEqualTo("module/purchasing#" + first.anchor());
        assertThat(first.snippetHtml()).contains("<mark>");
        assertThat(first.sourcePath()).isEqualTo("operations/purchasing.md");
        assertThat(first.roles()).extracting(SearchHit.Named::title).containsExactly("Operations Coordinator");
    }

    @Test
    void sections_and_modules_are_hits_too() {
        var snags = knowledgeBase.search(SearchQuery.of("\"splitting purchases\"")).hits().getFirst();
        assertThat(snags.kind()).isEqualTo("section");
        assertThat(snags.anchor()).isEqualTo("section-snags");
        assertThat(snags.section()).isEqualTo("Snags");
        var module = knowledgeBase.search(SearchQuery.of("Graham Pike")).hits().getFirst();
        assertThat(module.kind()).isEqualTo("module");
        assertThat(module.url()).isEqualTo("module/purchasing");
    }

    @Test
    void quizzes_and_practice_tasks_are_not_searchable() {
        // "two 27-inch monitors" appears only in a practice task of purchasing.
        var hits = knowledgeBase.search(SearchQuery.of("\"two 27-inch monitors\"")).hits();
        assertThat(hits).isEmpty();
    }

    @Test
    void facets_count_roles_and_tags_and_the_role_filter_narrows_the_hits() {
        var all = knowledgeBase.search(SearchQuery.of("approval"));
        assertThat(all.roles()).extracting(SearchResults.FacetCount::value).contains("support-rep", "operations-coordinator");
        assertThat(all.roles()).filteredOn(f -> f.value().equals("support-rep")).first()
                .extracting(SearchResults.FacetCount::label).isEqualTo("Support Representative");
        assertThat(all.tags()).isNotEmpty();
        long supportCount = all.roles().stream().filter(f -> f.value().equals("support-rep")).findFirst().orElseThrow().count();

        var filtered = knowledgeBase.search(SearchQuery.of("approval").withRoles(Set.of("support-rep")).withPage(0, 50));
        assertThat(filtered.total()).isEqualTo(supportCount).isLessThan(all.total());
        assertThat(filtered.hits()).allSatisfy(hit ->
                assertThat(hit.roles()).extracting(SearchHit.Named::id).contains("support-rep"));
    }

    @Test
    void paging_returns_the_next_hits() {
        var first = knowledgeBase.search(SearchQuery.of("customer").withPage(0, 5));
        var second = knowledgeBase.search(SearchQuery.of("customer").withPage(5, 5));
        assertThat(first.total()).isGreaterThan(10);
        assertThat(second.hits()).hasSize(5).doesNotContainAnyElementsOf(first.hits());
    }

    @Test
    void a_new_version_replaces_the_old_one_in_the_index_within_a_second() throws Exception {
        var original = SourceFile.ofText("support/customer-complaints.md",
                Files.readString(Path.of("content/support/customer-complaints.md")));
        String changed = new String(original.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("**Investigate.** Collect the facts", "**Investigate.** Consult the zebrafish ledger and collect the facts");
        try {
            importer.importFiles(List.of(SourceFile.ofText(original.path(), changed)), "test", "test");
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).pollInSameThread()
                    .until(() -> !knowledgeBase.search(SearchQuery.of("zebrafish ledger")).hits().isEmpty());
            var hit = knowledgeBase.search(SearchQuery.of("zebrafish ledger")).hits().getFirst();
            assertThat(hit.section()).isEqualTo("Step 4: Investigate");
            assertThat(index.indexedVersions()).containsEntry("customer-complaints", 2);
            assertThat(knowledgeBase.search(SearchQuery.of("\"collect the facts before proposing\"")).total())
                    .as("one current version, the superseded one is gone").isEqualTo(1);
        } finally {
            importer.importFiles(List.of(original), "test", "restore");
        }
        await().atMost(Duration.ofSeconds(1)).pollInSameThread().until(() -> knowledgeBase.search(SearchQuery.of("zebrafish")).total() == 0);
    }

    @Test
    void only_signed_in_people_search_and_only_trainers_edit_synonyms() {
        assertThatThrownBy(() -> knowledgeBase.saveSynonyms("pto, leave")).isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signOut();
        assertThatThrownBy(() -> knowledgeBase.search(SearchQuery.of("refund")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void only_admins_rebuild_the_index_and_the_rebuild_is_audited() {
        assertThatThrownBy(() -> knowledgeBase.reindex()).isInstanceOf(AccessDeniedException.class);
        var admin = fixture.person("Ada Admin", Authority.ADMIN);
        PeopleFixture.signInAs(admin);
        int entries = knowledgeBase.reindex();
        assertThat(entries).isEqualTo(index.documentCount());
        assertThat(knowledgeBase.search(SearchQuery.of("exit interview")).hits()).isNotEmpty();
        var audited = auditLog.recentFor("search index", 1).getFirst();
        assertThat(audited.action()).isEqualTo("SEARCH_REINDEXED");
        assertThat(audited.actor()).isEqualTo(admin.getEmail());
        long modules = library.count(""); // the sample's 16 and any other tests in this context added
        assertThat(audited.details()).startsWith(entries + " entries of " + modules + " modules").endsWith("asked for in the app");
    }

    @Test
    void trainers_change_synonyms_which_apply_at_once_and_mistakes_are_refused_with_the_line() {
        PeopleFixture.signInAs(fixture.person("Tara Trainer", Authority.TRAINER));
        assertThat(knowledgeBase.search(SearchQuery.of("zorgle")).total()).isZero();
        String before = knowledgeBase.synonyms();
        assertThat(before).contains("pto, time off");
        knowledgeBase.saveSynonyms(before + "\nzorgle, exit interview\n");
        assertThat(knowledgeBase.search(SearchQuery.of("zorgle")).hits().getFirst().moduleId()).isEqualTo("employee-offboarding");
        assertThatThrownBy(() -> knowledgeBase.saveSynonyms("pto, time off\nlonely\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 2");
        assertThat(knowledgeBase.synonyms()).contains("zorgle");
    }
}
