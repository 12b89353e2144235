package app.stepwise.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The promotion gap, and asking for a promotion path that a manager approves or declines. */
@IntegrationTest
class PromotionIntegrationTest {
    @Autowired PromotionService promotion;
    @Autowired CourseService course;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    PeopleFixture fixture;
    PersonEntity manager;
    PersonEntity rep;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        manager = fixture.person("Max Manager", Authority.MANAGER);
        rep = fixture.person("Rae Rep", Authority.LEARNER);
        rep.reportTo(manager);
        people.saveAndFlush(rep);
        PeopleFixture.signInAs(manager);
        course.enrolDue(new PersonId(rep.getId()), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.none());
        PeopleFixture.signInAs(rep);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    /** Marks a module complete at its current version, as the completion recorder would. */
    void completed(String moduleId) {
        int version = curriculum.module(moduleId).orElseThrow().currentVersion();
        jdbc.update("INSERT INTO module_progress (person_id, module_key, module_version, read_at, updated_at, version, completed_at) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?)", rep.getId(), moduleId, version, Instant.now(), Instant.now(), Instant.now());
    }

    @Test
    void the_gap_is_the_target_roles_required_modules_not_completed_at_their_current_version() {
        var techSupport = curriculum.role("tech-support").orElseThrow();
        var option = promotion.myOptions().stream().filter(o -> o.roleId().equals("tech-support")).findFirst().orElseThrow();
        assertThat(option.required()).extracting(PromotionOption.GapModule::moduleId).containsExactlyElementsOf(techSupport.requiredModules());
        assertThat(option.modulesToGo()).isEqualTo(techSupport.requiredModules().size());
        assertThat(option.minutesToGo()).isPositive();

        String shared = techSupport.requiredModules().getFirst();
        completed(shared);
        var after = promotion.myOptions().stream().filter(o -> o.roleId().equals("tech-support")).findFirst().orElseThrow();
        assertThat(after.modulesToGo()).isEqualTo(techSupport.requiredModules().size() - 1);
        assertThat(after.required()).filteredOn(PromotionOption.GapModule::done).extracting(PromotionOption.GapModule::moduleId)
                .containsExactly(shared);
        assertThat(after.minutesToGo()).isLessThan(option.minutesToGo());
    }

    @Test
    void a_new_version_of_a_completed_module_puts_it_back_in_the_gap() {
        // own module and roles: a new version of a shared sample module would change what other tests see
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String module = "gap-" + suffix;
        importer.importFiles(java.util.List.of(moduleFile(module, "First version."),
                app.stepwise.content.SourceFile.ofText("roles/base-" + suffix + ".md", """
                        ---
                        id: base-%1$s
                        title: Base %1$s
                        required: [time-off-requests]
                        next-roles: [target-%1$s]
                        ---
                        # Base
                        """.formatted(suffix)),
                app.stepwise.content.SourceFile.ofText("roles/target-" + suffix + ".md", """
                        ---
                        id: target-%1$s
                        title: Target %1$s
                        required: [%2$s]
                        ---
                        # Target
                        """.formatted(suffix, module))), "test", "test");
        PeopleFixture.signInAs(manager);
        course.enrolDue(new PersonId(rep.getId()), "base-" + suffix, EnrolmentPurpose.ONBOARDING, DueRule.none());
        PeopleFixture.signInAs(rep);
        completed(module);
        assertThat(target(suffix).modulesToGo()).isZero();

        importer.importFiles(java.util.List.of(moduleFile(module, "Second version, with a new step.")), "test", "test");

        assertThat(target(suffix).required()).singleElement().satisfies(m -> assertThat(m.done()).isFalse());
    }

    private PromotionOption target(String suffix) {
        return promotion.myOptions().stream().filter(o -> o.roleId().equals("target-" + suffix)).findFirst().orElseThrow();
    }

    private static app.stepwise.content.SourceFile moduleFile(String id, String secondStep) {
        return app.stepwise.content.SourceFile.ofText("test/" + id + ".md", """
                ---
                id: %s
                title: Gap module
                estimate: 10m
                ---
                # Gap module

                ## Objective
                Check the gap.

                ## Steps
                1. **Start.** Begin here.
                2. **Go on.** %s
                """.formatted(id, secondStep));
    }

    @Test
    void only_next_roles_are_open_and_a_request_is_approved_by_the_manager_into_an_enrolment() {
        assertThat(promotion.myOptions()).extracting(PromotionOption::roleId).contains("tech-support").doesNotContain("marketing-coordinator");
        assertThatThrownBy(() -> promotion.enrolOrRequest("marketing-coordinator")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a next step");

        assertThat(promotion.enrolOrRequest("tech-support")).contains("sent to Max Manager");
        assertThatThrownBy(() -> promotion.enrolOrRequest("tech-support")).hasMessageContaining("already asked");
        assertThatThrownBy(() -> promotion.pendingRequests()).isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(fixture.person("Other Manager", Authority.MANAGER));
        assertThat(promotion.pendingRequests()).isEmpty();
        PeopleFixture.signInAs(manager);
        var request = promotion.pendingRequests().stream().filter(r -> r.personId().value() == rep.getId()).findFirst().orElseThrow();
        assertThat(request.roleTitle()).isEqualTo("Technical Support");
        var enrolment = promotion.approve(request.id(), DueRule.withinDaysOfStart(60));
        assertThat(enrolment.purpose()).isEqualTo(EnrolmentPurpose.PROMOTION);
        assertThat(course.enrolledRoles(new PersonId(rep.getId()))).contains("tech-support");
        assertThatThrownBy(() -> promotion.approve(request.id(), DueRule.none())).hasMessageContaining("already decided");
    }

    @Test
    void a_declined_request_says_why_and_can_be_asked_again_but_not_decided_by_another_team() {
        promotion.enrolOrRequest("tech-support");
        PeopleFixture.signInAs(manager);
        long requestId = promotion.pendingRequests().stream().filter(r -> r.personId().value() == rep.getId()).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> promotion.decline(requestId, " ")).hasMessageContaining("Say why");

        PeopleFixture.signInAs(fixture.person("Nosy Manager", Authority.MANAGER));
        assertThatThrownBy(() -> promotion.decline(requestId, "no")).isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(manager);
        promotion.decline(requestId, "Finish your Support Rep path first");
        PeopleFixture.signInAs(rep);
        var option = promotion.myOptions().stream().filter(o -> o.roleId().equals("tech-support")).findFirst().orElseThrow();
        assertThat(option.request()).isEqualTo(PromotionOption.RequestState.DECLINED);
        assertThat(option.declineReason()).isEqualTo("Finish your Support Rep path first");
        assertThat(promotion.enrolOrRequest("tech-support")).contains("sent");
        assertThat(promotion.myOptions().stream().filter(o -> o.roleId().equals("tech-support")).findFirst().orElseThrow().request())
                .isEqualTo(PromotionOption.RequestState.PENDING);
    }
}
