package app.stepwise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.practice.internal.EvidenceStore;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class PracticeIntegrationTest extends PracticeScenario {
    static final String TRIAGE = "support-ticket-triage";
    static final String CRM = "crm-basics";
    static final String FILING = PracticeContent.FILE_MODULE;

    @Autowired EvidenceStore store;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents events;
    @Autowired AuditLog auditLog;

    @Test
    void a_submission_waits_in_the_queue_until_a_trainer_approves_it_and_progress_counts_it() {
        PeopleFixture.signInAs(ann);
        var submitted = practice.submit(TRIAGE, 1, EvidenceInput.text("  Ticket 101: billing, normal, no escalation.  "));
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.text()).isEqualTo("Ticket 101: billing, normal, no escalation.");
        assertThat(submitted.attemptNo()).isEqualTo(1);
        assertThat(status(practice.myTasks(TRIAGE), 1)).isEqualTo(TaskStatus.IN_REVIEW);
        assertThat(practice.progress(id(ann), List.of(TRIAGE)).get(TRIAGE))
                .isEqualTo(new PracticeProgress(TRIAGE, 1, 2, 0, 1, 0));
        assertThat(events.stream(PracticeSubmitted.class))
                .contains(new PracticeSubmitted(id(ann), TRIAGE, 1, 1));

        PeopleFixture.signInAs(trainer);
        assertThat(practice.queue(byPerson(ann), 0, 50)).extracting(QueueEntry::submissionId).containsExactly(submitted.id());
        var approved = practice.approve(submitted.id(), "Good reasoning on ticket 101.");
        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.reviewer()).isEqualTo(trainer.getFullName());
        assertThat(practice.queue(byPerson(ann), 0, 50)).isEmpty();
        assertThat(practice.count(byPerson(ann))).isZero();

        PeopleFixture.signInAs(ann);
        assertThat(practice.progress(id(ann), List.of(TRIAGE, CRM, "no-such-module")))
                .containsOnlyKeys(TRIAGE, CRM)
                .containsEntry(TRIAGE, new PracticeProgress(TRIAGE, 1, 2, 1, 0, 0))
                .containsEntry(CRM, new PracticeProgress(CRM, 1, 2, 0, 0, 0));
        var task = practice.myTasks(TRIAGE).tasks().getFirst();
        assertThat(task.status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(task.latest().orElseThrow().reviewComment()).isEqualTo("Good reasoning on ticket 101.");
        assertThatThrownBy(() -> practice.submit(TRIAGE, 1, EvidenceInput.text("again")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already approved");
    }

    @Test
    void a_review_tells_the_learner_and_is_audited() {
        PeopleFixture.signInAs(ann);
        long first = practice.submit(TRIAGE, 1, EvidenceInput.text("My triage notes")).id();
        long second = practice.submit(TRIAGE, 2, EvidenceInput.text("My handover note")).id();
        PeopleFixture.signInAs(trainer);
        practice.approve(first, "");
        practice.reject(second, "Name the customer's plan in the handover.");

        assertThat(events.stream(PracticeReviewed.class)).containsExactly(
                new PracticeReviewed(id(ann), TRIAGE, 1, 1, true), new PracticeReviewed(id(ann), TRIAGE, 1, 2, false));
        assertThat(events.stream(PersonNotice.class)).containsExactly(
                new PersonNotice(id(ann), "Practice approved: Triage five tickets from the practice queue.", "",
                        "practice/" + TRIAGE),
                new PersonNotice(id(ann), "Practice rejected: Write one escalation handover note.",
                        "Name the customer's plan in the handover.", "practice/" + TRIAGE));

        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor(ann.getEmail(), 5)).extracting(AuditEntry::action)
                .containsExactly("PRACTICE_REJECTED", "PRACTICE_APPROVED");
        assertThat(auditLog.recentFor(ann.getEmail(), 1).getFirst().actor()).isEqualTo(trainer.getEmail());
    }

    @Test
    void a_rejected_task_can_be_handed_in_again_and_keeps_its_history() {
        PeopleFixture.signInAs(ann);
        long first = practice.submit(TRIAGE, 2, EvidenceInput.text("Short note")).id();
        PeopleFixture.signInAs(trainer);
        assertThatThrownBy(() -> practice.reject(first, "  "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("comment"));
        practice.reject(first, "Add the steps you already tried.");

        PeopleFixture.signInAs(ann);
        assertThat(status(practice.myTasks(TRIAGE), 2)).isEqualTo(TaskStatus.REJECTED);
        var again = practice.submit(TRIAGE, 2, EvidenceInput.text("Longer note with the steps I tried."));
        assertThat(again.attemptNo()).isEqualTo(2);

        var task = practice.myTasks(TRIAGE).tasks().get(1);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_REVIEW);
        assertThat(task.history()).extracting(PracticeSubmission::attemptNo).containsExactly(2, 1);
        assertThat(task.history().get(1).reviewComment()).isEqualTo("Add the steps you already tried.");
        assertThat(task.history().get(1).status()).isEqualTo(SubmissionStatus.REJECTED);

        PeopleFixture.signInAs(trainer);
        var detail = practice.submission(again.id());
        assertThat(detail.task().title()).isEqualTo("Write one escalation handover note.");
        assertThat(detail.earlierAttempts()).extracting(PracticeSubmission::id).containsExactly(first);
    }

    @Test
    void evidence_cannot_be_handed_in_again_while_it_waits_for_review() {
        PeopleFixture.signInAs(ann);
        practice.submit(TRIAGE, 1, EvidenceInput.text("First"));
        assertThatThrownBy(() -> practice.submit(TRIAGE, 1, EvidenceInput.text("Second")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already waiting for review");
        assertThat(practice.myTasks(TRIAGE).tasks().getFirst().history()).hasSize(1);
    }

    @Test
    void parallel_double_clicks_store_exactly_one_submission() throws Exception {
        int clicks = 5;
        var ready = new CountDownLatch(clicks);
        var go = new CountDownLatch(1);
        var outcomes = new ConcurrentLinkedQueue<Object>();
        try (var pool = Executors.newFixedThreadPool(clicks)) {
            for (int i = 0; i < clicks; i++) {
                pool.submit(() -> {
                    PeopleFixture.signInAs(ben);
                    ready.countDown();
                    try {
                        go.await();
                        outcomes.add(practice.submit(TRIAGE, 1, EvidenceInput.text("Clicked twice")));
                    } catch (InvalidInputException refused) {
                        outcomes.add(refused.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        PeopleFixture.signOut();
                    }
                });
            }
            ready.await();
            go.countDown();
        }
        assertThat(outcomes).hasSize(clicks);
        assertThat(outcomes.stream().filter(PracticeSubmission.class::isInstance)).hasSize(1);
        PeopleFixture.signInAs(ben);
        assertThat(practice.myTasks(TRIAGE).tasks().getFirst().history()).hasSize(1);
    }

    @Test
    void a_submission_is_reviewed_exactly_once() {
        PeopleFixture.signInAs(ann);
        long submission = practice.submit(TRIAGE, 1, EvidenceInput.text("Notes")).id();
        PeopleFixture.signInAs(trainer);
        practice.approve(submission, "Fine.");
        var other = fixture.person("Oli Other", Authority.TRAINER);
        PeopleFixture.signInAs(other);
        assertThatThrownBy(() -> practice.approve(submission, "Me too"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already approved by " + trainer.getFullName());
        assertThatThrownBy(() -> practice.reject(submission, "Changed my mind"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already approved");
        assertThat(practice.submission(submission).submission().reviewComment()).isEqualTo("Fine.");
    }

    @Test
    void a_trainer_cannot_review_their_own_submission_and_a_learner_cannot_review_at_all() {
        PeopleFixture.signInAs(trainer);
        long own = practice.submit(TRIAGE, 1, EvidenceInput.text("A trainer learning too")).id();
        assertThatThrownBy(() -> practice.approve(own, "Looks great")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.reject(own, "Hmm")).isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(ann);
        long anns = practice.submit(TRIAGE, 1, EvidenceInput.text("Notes")).id();
        assertThatThrownBy(() -> practice.approve(anns, "Self-approved")).isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signInAs(ben);
        assertThatThrownBy(() -> practice.approve(anns, "Friend-approved")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.queue(ReviewFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.count(ReviewFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_queue_filters_by_role_module_and_person_and_lists_the_oldest_first() {
        PeopleFixture.signInAs(ann);
        long annTriage = practice.submit(TRIAGE, 1, EvidenceInput.text("Triage")).id();
        long annCrm = practice.submit(CRM, 1, EvidenceInput.text("CRM record")).id();
        PeopleFixture.signInAs(ben);
        long benTriage = practice.submit(TRIAGE, 2, EvidenceInput.text("Handover")).id();

        PeopleFixture.signInAs(trainer);
        String both = "@stepwise.test"; // every fixture email; other tests' submissions may be waiting too
        var all = practice.queue(new ReviewFilter(null, null, both), 0, 500).stream().map(QueueEntry::submissionId).toList();
        assertThat(all).containsSubsequence(annTriage, annCrm, benTriage);
        assertThat(ids(new ReviewFilter(null, null, ann.getEmail()))).containsExactly(annTriage, annCrm);
        assertThat(ids(new ReviewFilter(null, null, "ann ABLE"))).contains(annTriage, annCrm).doesNotContain(benTriage);
        assertThat(ids(new ReviewFilter(null, CRM, ann.getEmail()))).containsExactly(annCrm);
        assertThat(ids(new ReviewFilter("sales-assistant", null, ann.getEmail()))).containsExactly(annCrm);
        assertThat(ids(new ReviewFilter("support-rep", null, ann.getEmail()))).containsExactly(annTriage, annCrm);
        assertThat(ids(new ReviewFilter("operations-coordinator", null, ann.getEmail()))).isEmpty();
        assertThat(ids(new ReviewFilter("sales-assistant", TRIAGE, ann.getEmail()))).isEmpty();
        assertThat(practice.count(new ReviewFilter("support-rep", null, ann.getEmail()))).isEqualTo(2);
        assertThat(practice.count(new ReviewFilter("sales-assistant", TRIAGE, null))).isZero();
        assertThat(practice.queue(new ReviewFilter(null, null, "100%_\\"), 0, 10)).isEmpty();

        var entry = practice.queue(new ReviewFilter(null, TRIAGE, ben.getEmail()), 0, 10).getFirst();
        assertThat(entry.learnerName()).isEqualTo("Ben Baker");
        assertThat(entry.moduleTitle()).isEqualTo("Support ticket triage and escalation");
        assertThat(entry.taskTitle()).isEqualTo("Write one escalation handover note.");
    }

    @Test
    void learners_cannot_read_each_others_submissions_or_files_by_id() {
        PeopleFixture.signInAs(ann);
        var submitted = practice.submit(FILING, 1, EvidenceInput.file("note.pdf", EvidenceSamples.pdf()));
        assertThat(practice.evidenceFile(submitted.id()).bytes()).isEqualTo(EvidenceSamples.pdf());
        assertThat(practice.submission(submitted.id()).submission().file())
                .isEqualTo(new EvidenceFileInfo("note.pdf", "application/pdf", EvidenceSamples.pdf().length));

        PeopleFixture.signInAs(ben);
        assertThatThrownBy(() -> practice.submission(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.evidenceFile(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.progress(id(ann), List.of(TRIAGE))).isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(trainer);
        var download = practice.evidenceFile(submitted.id());
        assertThat(download.fileName()).isEqualTo("note.pdf");
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(practice.progress(id(ann), List.of(FILING)).get(FILING).inReview()).isEqualTo(1);
    }

    @Test
    void a_manager_sees_the_practice_progress_of_their_team_only() {
        var manager = fixture.person("Mo Manager", Authority.MANAGER);
        ann.reportTo(manager);
        people.saveAndFlush(ann);
        PeopleFixture.signInAs(manager);
        assertThat(practice.progress(id(ann), List.of(TRIAGE))).containsKey(TRIAGE);
        assertThatThrownBy(() -> practice.progress(id(ben), List.of(TRIAGE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_is_stored_under_a_random_name_in_the_evidence_folder_and_removed_when_the_transaction_rolls_back()
            throws IOException {
        assertThat(store.directory().toString()).contains("stepwise-test-evidence");
        PeopleFixture.signInAs(ann);
        var before = files();
        var inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> {
            practice.submit(FILING, 1, EvidenceInput.file("scan.png", EvidenceSamples.png()));
            var added = difference(files(), before);
            assertThat(added).hasSize(1);
            assertThat(added.iterator().next().getFileName().toString()).matches("[0-9a-f]{32}");
            status.setRollbackOnly();
        });
        assertThat(files()).isEqualTo(before);
        assertThat(status(practice.myTasks(FILING), 1)).isEqualTo(TaskStatus.NOT_SUBMITTED);

        var kept = practice.submit(FILING, 1, EvidenceInput.file("scan.png", EvidenceSamples.png()));
        var added = difference(files(), before);
        assertThat(added).hasSize(1);
        assertThat(Files.readAllBytes(added.iterator().next())).isEqualTo(EvidenceSamples.png());
        assertThat(practice.evidenceFile(kept.id()).contentType()).isEqualTo("image/png");
    }

    @Test
    void a_refused_file_leaves_nothing_behind() {
        PeopleFixture.signInAs(ann);
        var before = files();
        assertThatThrownBy(() -> practice.submit(FILING, 1, EvidenceInput.file("scan.png", EvidenceSamples.exe())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Windows program");
        byte[] tooBig = new byte[(int) practice.maxFileBytes() + 1];
        System.arraycopy(EvidenceSamples.pdf(), 0, tooBig, 0, 8);
        assertThatThrownBy(() -> practice.submit(FILING, 1, EvidenceInput.file("scan.pdf", tooBig)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 10 MB");
        assertThat(files()).isEqualTo(before);
        assertThat(status(practice.myTasks(FILING), 1)).isEqualTo(TaskStatus.NOT_SUBMITTED);
    }

    @Test
    void evidence_must_be_of_the_kind_the_task_asks_for() {
        PeopleFixture.signInAs(ann);
        assertThatThrownBy(() -> practice.submit(TRIAGE, 1, EvidenceInput.link("https://example.com")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asks for a written answer");
        assertThatThrownBy(() -> practice.submit(FILING, 3, EvidenceInput.link("javascript:alert(1)")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> practice.submit(FILING, 9, EvidenceInput.text("x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no practice task 9");
        assertThatThrownBy(() -> practice.submit("no-such-module", 1, EvidenceInput.text("x")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(practice.submit(FILING, 3, EvidenceInput.link("https://files.example.com/client/123")).link())
                .isEqualTo("https://files.example.com/client/123");
    }

    @Test
    void a_task_without_sign_off_is_approved_as_it_is_handed_in() {
        PeopleFixture.signInAs(ann);
        var done = practice.submit(FILING, 2, EvidenceInput.text("Next to the kitchen."));
        assertThat(done.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(done.reviewer()).isNull();
        assertThat(events.stream(PracticeReviewed.class)).containsExactly(new PracticeReviewed(id(ann), FILING, 1, 2, true));
        assertThat(events.stream(PersonNotice.class)).isEmpty();
        PeopleFixture.signInAs(trainer);
        assertThat(practice.count(new ReviewFilter(null, FILING, ann.getEmail()))).isZero();
    }

    private List<Long> ids(ReviewFilter filter) {
        return practice.queue(filter, 0, 50).stream().map(QueueEntry::submissionId).toList();
    }

    private static ReviewFilter byPerson(PersonEntity person) {
        return new ReviewFilter(null, null, person.getEmail());
    }

    private static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }

    private static TaskStatus status(MyPractice mine, int task) {
        return mine.tasks().stream().filter(t -> t.task().number() == task).findFirst().orElseThrow().status();
    }

    private Set<Path> files() {
        try (Stream<Path> list = Files.list(store.directory())) {
            return Set.copyOf(list.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<Path> difference(Set<Path> after, Set<Path> before) {
        return after.stream().filter(p -> !before.contains(p)).collect(java.util.stream.Collectors.toSet());
    }
}
