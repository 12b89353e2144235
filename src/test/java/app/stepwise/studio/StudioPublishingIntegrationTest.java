package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.certification.CertificationService;
import app.stepwise.certification.CertificationStatus;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleVersionSummary;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.search.KnowledgeBase;
import app.stepwise.search.SearchHit;
import app.stepwise.search.SearchQuery;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StudioPublishingIntegrationTest {
    @Autowired StudioDrafts drafts;
    @Autowired StudioPublishing publishing;
    @Autowired ContentLibrary library;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired CourseService course;
    @Autowired CertificationService certifications;
    @Autowired KnowledgeBase knowledgeBase;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    PeopleFixture fixture;
    PersonEntity tia;
    PersonEntity manager;
    String key;

    @BeforeEach
    void setUp() {
        fixture = new PeopleFixture(people, passwordEncoder);
        tia = fixture.person("Tia Trainer", Authority.TRAINER);
        manager = fixture.person("Maya Manager", Authority.MANAGER);
        key = "studio-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_new_module_is_published_through_the_importer_searchable_and_its_draft_is_gone() {
        PeopleFixture.signInAs(tia);
        var draft = drafts.create(key, "Quarterly stocktake " + key);
        var published = publishing.publish(key, 0, draft.version(), draft.source(), "", null);

        assertThat(published.version()).isEqualTo(1);
        assertThat(published.changeClass()).isNull();
        assertThat(library.versions(key)).singleElement().satisfies(v -> {
            assertThat(v.publishedBy()).isEqualTo(tia.getEmail());
            assertThat(v.versionNote()).isEqualTo("First published version.");
        });
        assertThat(drafts.open(key).saved()).isFalse();
        assertThat(drafts.open(key).baseVersion()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'STUDIO_PUBLISHED' and subject = ?",
                Long.class, key + " v1")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> knowledgeBase.search(SearchQuery.of(key))
                .hits().stream().map(SearchHit::moduleId).anyMatch(key::equals));
    }

    @Test
    void the_server_refuses_to_publish_text_with_errors_or_without_a_change_and_keeps_the_text() {
        PeopleFixture.signInAs(tia);
        publishFirst();
        var opened = drafts.open(key);
        String broken = opened.source().replace("1. [ ] Confirm the result", "1. [x] Confirm the result");

        assertThatThrownBy(() -> publishing.publish(key, 1, null, broken, "Two answers", ChangeClass.MINOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Fix the 1 error(s) first: line ");
        assertThat(drafts.open(key).source()).isEqualTo(broken);
        var saved = drafts.open(key);
        assertThatThrownBy(() -> publishing.publish(key, 1, saved.version(), opened.source(), "", ChangeClass.MINOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Say in a sentence what changed");
        assertThatThrownBy(() -> publishing.publish(key, 1, saved.version(), opened.source(), "Same", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("material or minor");
        assertThat(publishing.plan(key, opened.source(), null).unchanged()).isTrue();
        assertThat(library.versions(key)).hasSize(1);
    }

    @Test
    void the_impact_shown_before_publishing_is_what_certification_and_course_then_do() {
        PeopleFixture.signInAs(tia);
        publishFirst();
        String role = key + "-role";
        CertificationFixture.importRoles(importer, SourceFile.ofText("roles/" + role + ".md",
                "---\nid: " + role + "\ntitle: Stocktaker " + key + "\nrequired: [" + key + "]\n---\n# Stocktaker\n"));
        var completions = new CertificationFixture(jdbc, transactions, events, curriculum);
        var certified = List.of(learner("Cera Certified"), learner("Cole Certified"));
        for (var person : certified) {
            enrol(person, role);
            completions.complete(person, key);
            awaitCertified(person, role);
        }
        var reading = learner("Rita Reading");
        enrol(reading, role);
        PeopleFixture.signInAs(reading);
        course.tickStep(key, "step-prepare", true);
        completions.complete(learner("Nina Not-enrolled"), key); // complete, but no role: neither count

        PeopleFixture.signInAs(tia);
        String changed = drafts.open(key).source().replace("What to have ready", "What to have ready and checked");
        var plan = publishing.plan(key, changed, "Check what you have");
        assertThat(plan.suggested()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(plan.changeSummary()).contains("1 step edited (1. Prepare.");
        assertThat(plan.ifMaterial().people()).isEqualTo(2);
        assertThat(plan.ifMaterial().roles()).containsExactly("Stocktaker " + key);
        assertThat(plan.inProgress()).isEqualTo(1);

        assertThat(publishing.publish(key, 1, null, changed, "Check what you have", ChangeClass.MATERIAL).version()).isEqualTo(2);
        awaitListeners();
        assertThat(refreshers(2)).isEqualTo(plan.ifMaterial().people());
        PeopleFixture.signInAs(reading);
        assertThat(course.myProgress(key).version()).isEqualTo(2);
        assertThat(course.myProgress(key).stepsTicked()).isEmpty();

        PeopleFixture.signInAs(tia);
        String again = drafts.open(key).source().replace("and checked", "and double-checked");
        var second = publishing.plan(key, again, "Double-check");
        assertThat(second.suggested()).isEqualTo(ChangeClass.MATERIAL);
        publishing.publish(key, 2, null, again, "Double-check", ChangeClass.MINOR);
        awaitListeners();
        assertThat(refreshers(3)).isZero();
        assertThat(library.versions(key).getFirst()).extracting(ModuleVersionSummary::suggestedChangeClass,
                ModuleVersionSummary::changeClass).containsExactly(ChangeClass.MATERIAL, ChangeClass.MINOR);
    }

    @Test
    void publishing_over_a_version_someone_else_published_meanwhile_is_refused_and_keeps_the_text() {
        PeopleFixture.signInAs(tia);
        publishFirst();
        var tom = fixture.person("Tom Trainer", Authority.TRAINER);
        var tiasView = drafts.open(key);
        PeopleFixture.signInAs(tom);
        var tomsView = drafts.open(key);
        PeopleFixture.signInAs(tia);
        publishing.publish(key, 1, tiasView.version(), tiasView.source().replace("and where to find it", "and where it is kept"), "Renamed", ChangeClass.MINOR);

        PeopleFixture.signInAs(tom);
        String tomsText = tomsView.source().replace("Confirm.", "Check and confirm.");
        var refused = StudioDraftsIntegrationTest.catchConflict(() -> publishing.publish(key, tomsView.baseVersion(),
                tomsView.version(), tomsText, "Clearer", ChangeClass.MINOR));
        assertThat(refused.getMessage()).contains("Version 2 of this module was published after your draft started");
        assertThat(refused.theirs().source()).contains("where it is kept");
        assertThat(drafts.open(key).source()).isEqualTo(tomsText);
        assertThat(library.versions(key)).hasSize(2);

        var published = publishing.publish(key, refused.theirs().baseVersion(), refused.theirs().version(), tomsText,
                "Clearer", ChangeClass.MINOR);
        assertThat(published.version()).isEqualTo(3);
        assertThat(drafts.open(key).source()).contains("Check and confirm.");
    }

    private void publishFirst() {
        var draft = drafts.create(key, "Stocktake " + key);
        publishing.publish(key, 0, draft.version(), draft.source(), null, null);
    }

    private PersonEntity learner(String name) {
        var person = fixture.person(name, Authority.LEARNER);
        person.reportTo(manager);
        return people.saveAndFlush(person);
    }

    private void enrol(PersonEntity person, String role) {
        PeopleFixture.signInAs(manager);
        course.enrol(new PersonId(person.getId()), role, EnrolmentPurpose.ONBOARDING, null);
    }

    private void awaitCertified(PersonEntity person, String role) {
        PeopleFixture.signInAs(person);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> certifications.mine().stream()
                .anyMatch(c -> c.roleId().equals(role) && c.status() == CertificationStatus.VALID));
    }

    private long refreshers(int version) {
        return jdbc.queryForObject("select count(*) from refresher where module_key = ? and to_version = ?", Long.class,
                key, version);
    }

    /**
     * The events about this test's module (its versions, completions and refreshers): publications of other tests in
     * this shared context, e.g. a completion that lost a race to a test's own insert, are not this test's to wait for.
     */
    private void awaitListeners() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where completion_date is null and serialized_event like ?", Long.class, "%" + key + "%") == 0);
    }
}
