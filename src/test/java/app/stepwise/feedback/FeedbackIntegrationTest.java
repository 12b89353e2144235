package app.stepwise.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ReadingStep;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Flags on the sample content: support-ticket-triage is owned by "Dana Whitfield, Support Lead", crm-basics
 * by "Priya Raman, CRM Administrator". The database outlives a test, so each test makes its own people and
 * looks for its own flags.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedbackIntegrationTest {
    static final String TRIAGE = "support-ticket-triage";
    static final String CRM = "crm-basics";

    @Autowired FeedbackService feedback;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditLog auditLog;
    @Autowired ApplicationEvents events;

    PeopleFixture fixture;
    PersonEntity learner;
    PersonEntity otherLearner;
    PersonEntity owner;
    PersonEntity trainer;
    ReadingStep step4;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        learner = fixture.person("Leo Learner", Authority.LEARNER);
        otherLearner = fixture.person("Lara Other", Authority.LEARNER);
        owner = fixture.person("Dana Whitfield", Authority.LEARNER);
        trainer = fixture.person("Tara Trainer", Authority.TRAINER);
        PeopleFixture.signInAs(learner);
        step4 = curriculum.reading(TRIAGE).orElseThrow().steps().get(3);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private StepFlag flagStep4(String comment) {
        return feedback.flag(TRIAGE, step4.anchor(), FlagKind.UNCLEAR, comment);
    }

    @Test
    void a_learner_flags_a_step_of_the_current_version_and_follows_it_in_their_own_flags() {
        var flag = flagStep4("  From when do the 10 minutes count?  ");

        assertThat(flag.status()).isEqualTo(FlagStatus.OPEN);
        assertThat(flag.stepNumber()).isEqualTo(4);
        assertThat(flag.stepAnchor()).isEqualTo(step4.anchor());
        assertThat(flag.stepText()).startsWith("Apply the 10-minute rule");
        assertThat(flag.comment()).isEqualTo("From when do the 10 minutes count?");
        assertThat(flag.moduleTitle()).isEqualTo("Support ticket triage and escalation");
        assertThat(flag.moduleVersion()).isEqualTo(curriculum.module(TRIAGE).orElseThrow().currentVersion());
        assertThat(flag.flaggedBy()).isEqualTo("Leo Learner");
        assertThat(feedback.myFlags()).extracting(StepFlag::id).containsExactly(flag.id());
        assertThat(feedback.flagsOnModule(TRIAGE)).extracting(StepFlag::id).containsExactly(flag.id());

        PeopleFixture.signInAs(otherLearner);
        assertThat(feedback.myFlags()).isEmpty();
        assertThat(feedback.flagsOnModule(TRIAGE)).isEmpty();
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor(TRIAGE + "#" + step4.anchor(), 20))
                .anySatisfy(entry -> assertEntry(entry, learner.getEmail(), "STEP_FLAGGED", "flag " + flag.id()));
    }

    @Test
    void a_flag_needs_a_kind_a_comment_of_3_to_2000_characters_and_a_step_of_the_module() {
        assertThatThrownBy(() -> feedback.flag(TRIAGE, step4.anchor(), null, "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("kind", "comment")
                        .containsEntry("kind", "Choose what is wrong with this step."));
        assertThatThrownBy(() -> flagStep4(" ab "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("comment", "Write at least 3 characters."));
        assertThatThrownBy(() -> flagStep4("x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("comment"))
                        .contains("2000"));
        assertThatThrownBy(() -> feedback.flag(TRIAGE, "step-no-such-step", FlagKind.OUTDATED, "Gone?"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("step"));
        assertThatThrownBy(() -> feedback.flag("no-such-module", step4.anchor(), FlagKind.OUTDATED, "Gone?"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("step"))
                        .contains("no-such-module"));
        assertThat(flagStep4("x".repeat(2000)).comment()).hasSize(2000);
        assertThat(feedback.myFlags()).hasSize(1);
    }

    @Test
    void a_second_flag_on_the_same_step_waits_until_the_first_is_fixed_or_declined() {
        var first = flagStep4("Which clock counts?");
        assertThatThrownBy(() -> feedback.flag(TRIAGE, step4.anchor(), FlagKind.OUTDATED, "Also outdated"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("step"))
                        .contains("already flagged step 4"));
        PeopleFixture.signInAs(trainer);
        feedback.changeStatus(first.id(), FlagStatus.ACCEPTED, null);
        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> flagStep4("Still unclear")).isInstanceOf(InvalidInputException.class);

        PeopleFixture.signInAs(trainer);
        feedback.changeStatus(first.id(), FlagStatus.FIXED, "Counts from when you open the ticket.");
        PeopleFixture.signInAs(learner);
        var second = flagStep4("Now the wording of the escalation button changed");
        assertThat(feedback.myFlags()).extracting(StepFlag::id).containsExactly(second.id(), first.id());
        PeopleFixture.signInAs(otherLearner);
        assertThat(flagStep4("Someone else may flag it too").status()).isEqualTo(FlagStatus.OPEN);
    }

    @Test
    void the_owner_and_trainers_see_the_flag_in_the_queue_and_other_people_are_refused() {
        var flag = flagStep4("Is this 10 minutes of my time or the customer's?");
        var crmFlag = feedback.flag(CRM, curriculum.reading(CRM).orElseThrow().steps().getFirst().anchor(),
                FlagKind.OUTDATED, "The CRM menu moved.");

        for (PersonEntity allowed : new PersonEntity[] {owner, trainer}) {
            PeopleFixture.signInAs(allowed);
            assertThat(feedback.canSeeQueue()).isTrue();
            assertThat(feedback.queue(FlagFilter.unresolved(), 0, 1000)).extracting(StepFlag::id).contains(flag.id());
            var triageOpen = new FlagFilter(TRIAGE, EnumSet.of(FlagStatus.OPEN));
            assertThat(feedback.queue(triageOpen, 0, 1000)).extracting(StepFlag::id).contains(flag.id())
                    .doesNotContain(crmFlag.id());
            assertThat(feedback.count(triageOpen)).isEqualTo(feedback.queue(triageOpen, 0, 1000).size());
            assertThat(feedback.queueSummary()).anySatisfy(summary -> {
                assertThat(summary.moduleId()).isEqualTo(TRIAGE);
                assertThat(summary.open()).isPositive();
            });
            assertThat(feedback.get(flag.id()).comment()).isEqualTo(flag.comment());
        }
        PeopleFixture.signInAs(owner);
        assertThat(feedback.queue(FlagFilter.unresolved(), 0, 1000)).extracting(StepFlag::moduleId)
                .as("only Dana's support modules").contains(TRIAGE).isSubsetOf(TRIAGE, "customer-complaints");
        assertThatThrownBy(() -> feedback.queue(new FlagFilter(CRM, null), 0, 10)).isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signInAs(trainer);
        assertThat(feedback.queue(new FlagFilter(CRM, null), 0, 1000)).extracting(StepFlag::id).contains(crmFlag.id());

        var crmOwner = fixture.person("Priya Raman", Authority.LEARNER);
        PeopleFixture.signInAs(crmOwner);
        assertThat(feedback.canSeeQueue()).isTrue();
        assertThat(feedback.queue(FlagFilter.unresolved(), 0, 1000)).extracting(StepFlag::moduleId).containsOnly(CRM);
        assertThatThrownBy(() -> feedback.queue(new FlagFilter(TRIAGE, null), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.get(flag.id())).isInstanceOf(AccessDeniedException.class);

        for (PersonEntity refused : new PersonEntity[] {learner, otherLearner, fixture.person("Mo Manager", Authority.MANAGER)}) {
            PeopleFixture.signInAs(refused);
            assertThat(feedback.canSeeQueue()).isFalse();
            assertThatThrownBy(() -> feedback.queue(FlagFilter.unresolved(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.count(new FlagFilter(TRIAGE, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.queueSummary()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_owner_moves_a_flag_only_along_its_life_cycle_and_declining_needs_a_note() {
        var flag = flagStep4("What if the record is empty?");
        PeopleFixture.signInAs(owner);

        assertThat(feedback.changeStatus(flag.id(), FlagStatus.ACCEPTED, " Good point. ").status()).isEqualTo(FlagStatus.ACCEPTED);
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.OPEN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("status"));
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.ACCEPTED, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.DECLINED, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        var fixed = feedback.changeStatus(flag.id(), FlagStatus.FIXED, "Step 4 now says what to do with an empty record.");
        assertThat(fixed.status()).isEqualTo(FlagStatus.FIXED);
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.DECLINED, "No"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot change any more");

        PeopleFixture.signInAs(learner);
        assertThat(feedback.myFlags()).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(FlagStatus.FIXED);
            assertThat(mine.resolutionNote()).isEqualTo("Step 4 now says what to do with an empty record.");
        });
        var declined = feedback.flag(CRM, curriculum.reading(CRM).orElseThrow().steps().getFirst().anchor(),
                FlagKind.DOES_NOT_WORK, "The search box is gone.");
        PeopleFixture.signInAs(trainer);
        assertThat(feedback.changeStatus(declined.id(), FlagStatus.DECLINED, "It is under the magnifier icon.").status())
                .isEqualTo(FlagStatus.DECLINED);

        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor(TRIAGE + "#" + step4.anchor(), 20))
                .anySatisfy(entry -> assertEntry(entry, owner.getEmail(), "STEP_FLAG_FIXED", "ACCEPTED -> FIXED"));
    }

    @Test
    void a_learner_can_neither_read_nor_change_someone_elses_flag_by_its_id() {
        var flag = flagStep4("Whose 10 minutes?");
        assertThat(feedback.get(flag.id()).id()).isEqualTo(flag.id());
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.FIXED, "I fixed it myself"))
                .as("the flagger does not handle their own flag").isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(otherLearner);
        assertThatThrownBy(() -> feedback.get(flag.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.DECLINED, "Nope"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.get(Long.MAX_VALUE))
                .as("a missing flag looks like someone else's").isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(trainer);
        assertThatThrownBy(() -> feedback.changeStatus(Long.MAX_VALUE, FlagStatus.FIXED, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(feedback.get(flag.id()).status()).as("nothing changed").isEqualTo(FlagStatus.OPEN);
    }

    @Test
    void a_status_change_tells_the_flagger_with_a_notice_linking_to_the_step() {
        var flag = flagStep4("The priority list is confusing.");
        PeopleFixture.signInAs(owner);
        events.clear();

        feedback.changeStatus(flag.id(), FlagStatus.FIXED, "Reworded.");

        assertThat(events.stream(PersonNotice.class)).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(new PersonId(learner.getId()));
            assertThat(notice.title()).isEqualTo("Your flag on “Support ticket triage and escalation”, step 4 was fixed");
            assertThat(notice.detail()).isEqualTo("Reworded.");
            assertThat(notice.link()).isEqualTo("module/" + TRIAGE + "#" + step4.anchor());
        });
        assertThatThrownBy(() -> feedback.changeStatus(flag.id(), FlagStatus.DECLINED, "Again"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(events.stream(PersonNotice.class)).as("a refused change tells nobody").hasSize(1);
    }

    private static void assertEntry(AuditEntry entry, String actor, String action, String detail) {
        assertThat(entry.actor()).isEqualTo(actor);
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.details()).contains(detail);
    }
}
