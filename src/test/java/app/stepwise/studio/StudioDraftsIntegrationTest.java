package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StudioDraftsIntegrationTest {
    @Autowired StudioDrafts drafts;
    @Autowired StudioChecks checks;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PersonEntity tia;
    PersonEntity tom;
    String key;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var fixture = new PeopleFixture(people, passwordEncoder);
        tia = fixture.person("Tia Trainer", Authority.TRAINER);
        tom = fixture.person("Tom Trainer", Authority.TRAINER);
        key = "studio-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_new_module_starts_from_the_template_is_saved_at_once_and_checks_clean() {
        PeopleFixture.signInAs(tia);
        var draft = drafts.create(key, "Send a quote");

        assertThat(draft.saved()).isTrue();
        assertThat(draft.newModule()).isTrue();
        assertThat(draft.updatedBy()).isEqualTo("Tia Trainer");
        assertThat(drafts.drafts(0, 50)).extracting(DraftSummary::moduleKey).contains(key);
        assertThat(drafts.open(key).source()).isEqualTo(draft.source());
        var check = checks.check(key, draft.source());
        assertThat(check.problems()).isEmpty();
        assertThat(check.reading().orElseThrow().steps()).hasSize(3);
        assertThat(check.suggestions()).isNotEmpty();
    }

    @Test
    void new_module_keys_are_checked_and_never_reuse_a_module_or_a_draft() {
        PeopleFixture.signInAs(tia);
        assertThatThrownBy(() -> drafts.create("Bad Key!", "Title")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> drafts.create("crm-basics", "CRM")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already exists");
        drafts.create(key, "Mine");
        assertThatThrownBy(() -> drafts.create(key, "Again")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> drafts.create(key + "-x", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title");
    }

    @Test
    void an_existing_module_opens_as_its_current_source_and_its_first_change_makes_the_draft() {
        PeopleFixture.signInAs(tia);
        var opened = drafts.open("crm-basics");
        assertThat(opened.saved()).isFalse();
        assertThat(opened.baseVersion()).isPositive();
        assertThat(opened.source()).contains("id: crm-basics");

        var saved = drafts.save("crm-basics", opened.baseVersion(), null, opened.source() + "\nMore.\n");
        try {
            assertThat(saved.version()).isNotNull();
            assertThat(drafts.open("crm-basics").source()).endsWith("More.\n");
        } finally {
            drafts.discard("crm-basics", saved.version());
        }
        assertThat(drafts.open("crm-basics").saved()).isFalse();
    }

    @Test
    void the_second_of_two_trainers_saving_is_refused_with_the_first_ones_text_and_keeps_theirs_on_top() {
        PeopleFixture.signInAs(tia);
        var start = drafts.create(key, "Shared");
        PeopleFixture.signInAs(tom);
        var tomsView = drafts.open(key);

        PeopleFixture.signInAs(tia);
        drafts.save(key, start.baseVersion(), start.version(), start.source() + "\nTia's line.\n");
        PeopleFixture.signInAs(tom);
        String tomsText = tomsView.source() + "\nTom's line.\n";
        var refused = catchConflict(() -> drafts.save(key, tomsView.baseVersion(), tomsView.version(), tomsText));

        assertThat(refused.getMessage()).contains("Tia Trainer saved this draft").contains("Your text was not saved");
        assertThat(refused.theirs().source()).contains("Tia's line.").doesNotContain("Tom's line.");
        assertThat(drafts.open(key).source()).contains("Tia's line.");

        var kept = drafts.save(key, refused.theirs().baseVersion(), refused.theirs().version(), tomsText);
        assertThat(drafts.open(key).source()).isEqualTo(tomsText);
        assertThat(kept.updatedBy()).isEqualTo("Tom Trainer");
    }

    @Test
    void two_trainers_saving_the_same_draft_at_the_same_moment_store_exactly_one_text() throws Exception {
        PeopleFixture.signInAs(tia);
        var start = drafts.create(key, "Race");
        int writers = 6;
        var ready = new CountDownLatch(writers);
        var go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String text = start.source() + "\nWriter " + i + "\n";
                PersonEntity writer = i % 2 == 0 ? tia : tom;
                results.add(pool.submit(() -> {
                    PeopleFixture.signInAs(writer);
                    ready.countDown();
                    go.await();
                    try {
                        drafts.save(key, 0, start.version(), text);
                        return text;
                    } catch (DraftConflictException refused) {
                        return null;
                    } finally {
                        PeopleFixture.signOut();
                    }
                }));
            }
            ready.await();
            go.countDown();
        }
        List<String> stored = new ArrayList<>();
        for (var result : results) {
            if (result.get() != null) {
                stored.add(result.get());
            }
        }
        assertThat(stored).hasSize(1);
        assertThat(drafts.open(key).source()).isEqualTo(stored.getFirst());
    }

    @Test
    void a_save_after_the_draft_was_discarded_is_refused_and_can_start_the_draft_again() {
        PeopleFixture.signInAs(tia);
        var start = drafts.create(key, "Discarded");
        drafts.discard(key, start.version());

        var refused = catchConflict(() -> drafts.save(key, 0, start.version(), "my text"));
        assertThat(refused.getMessage()).contains("published or discarded by someone else");
        assertThat(refused.theirs().saved()).isFalse();
        drafts.save(key, refused.theirs().baseVersion(), refused.theirs().version(), start.source());
        assertThat(drafts.open(key).saved()).isTrue();
    }

    @Test
    void drafts_are_for_trainers_and_admins_only() {
        PeopleFixture.signInAs(tia);
        drafts.create(key, "Hidden");
        var fixture = new PeopleFixture(people, passwordEncoder);
        for (var authority : List.of(Authority.LEARNER, Authority.MANAGER)) {
            PeopleFixture.signInAs(fixture.person("No " + authority, authority));
            assertThatThrownBy(() -> drafts.open(key)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.drafts(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.check(key, "x")).isInstanceOf(AccessDeniedException.class);
        }
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(drafts.open(key).saved()).isTrue();
    }

    @Test
    void a_draft_may_not_move_to_another_module_id_and_may_not_exceed_the_file_limit() {
        PeopleFixture.signInAs(tia);
        var draft = drafts.create(key, "Moved");
        var check = checks.check(key, draft.source().replace("id: " + key, "id: crm-basics"));

        assertThat(check.hasErrors()).isTrue();
        assertThat(check.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("keep \"id: " + key + "\"");
        });
        assertThatThrownBy(() -> drafts.save(key, 0, draft.version(), "x".repeat(1024 * 1024 + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 MiB");
    }

    static DraftConflictException catchConflict(Runnable action) {
        try {
            action.run();
        } catch (DraftConflictException conflict) {
            return conflict;
        }
        throw new AssertionError("expected a DraftConflictException");
    }
}
