package app.stepwise.practice;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.content.Evidence;
import app.stepwise.content.ModulePractice;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.SignOff;
import app.stepwise.people.PeopleService;
import app.stepwise.practice.internal.EvidenceChecks;
import app.stepwise.practice.internal.EvidenceFileCheck;
import app.stepwise.practice.internal.EvidenceStore;
import app.stepwise.practice.internal.PracticeSubmissionEntity;
import app.stepwise.practice.internal.PracticeSubmissionRepository;
import app.stepwise.practice.internal.PracticeTasks;
import app.stepwise.practice.internal.ReviewQueueSpecifications;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.shared.SignedInPerson;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice evidence and its review. Learners hand in evidence for the current version of a module and read
 * only their own submissions; trainers and admins work through the queue and approve or reject each
 * submission once. Every method that takes an id checks who owns it, whatever view called it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PracticeService {
    static final String REVIEWS = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";
    private static final Sort OLDEST_FIRST = Sort.by("submittedAt", "id");

    private final PracticeSubmissionRepository submissions;
    private final PracticeTasks tasks;
    private final QueueModules queueModules;
    private final EvidenceStore store;
    private final Curriculum curriculum;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxFileBytes;

    PracticeService(PracticeSubmissionRepository submissions, PracticeTasks tasks, QueueModules queueModules,
                    EvidenceStore store, Curriculum curriculum, PeopleService people, AuditLog auditLog,
                    ApplicationEventPublisher events, Clock clock,
                    @Value("${stepwise.practice.max-file-bytes:10485760}") long maxFileBytes) {
        this.submissions = submissions;
        this.tasks = tasks;
        this.queueModules = queueModules;
        this.store = store;
        this.curriculum = curriculum;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /** The largest evidence file accepted, in bytes ({@code stepwise.practice.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Hands in the signed-in person's evidence for a task of the module's current version. Allowed when the
     * task has no attempt yet or the latest was rejected; a task without sign-off is approved at once.
     */
    @Transactional
    public PracticeSubmission submit(String moduleId, int taskNumber, EvidenceInput input) {
        var me = CurrentPerson.require();
        var practice = currentPractice(moduleId);
        var task = practice.task(taskNumber).orElseThrow(() -> new InvalidInputException("task",
                practice.moduleTitle() + " has no practice task " + taskNumber + "."));
        if (input == null || input.kind() != task.evidence()) {
            throw new InvalidInputException(field(task.evidence()), "This task asks for " + describe(task.evidence()) + ".");
        }
        var latest = submissions.findFirstByPersonIdAndModuleKeyAndModuleVersionAndTaskNumberOrderByAttemptNoDesc(
                me.personId().value(), moduleId, practice.version(), taskNumber);
        latest.ifPresent(PracticeService::refuseWhileOpenOrDone);
        var entity = new PracticeSubmissionEntity(me.personId().value(), me.displayName(), me.email(), moduleId,
                practice.version(), taskNumber, latest.map(s -> s.getAttemptNo() + 1).orElse(1), task.evidence(),
                clock.instant());
        attachEvidence(entity, input);
        if (task.signOff() == SignOff.NONE) {
            entity.approveWithoutReview(clock.instant());
        }
        try {
            entity = submissions.saveAndFlush(entity);
        } catch (DataIntegrityViolationException sameAttemptTwice) {
            throw new InvalidInputException("task", "This evidence was already handed in (a second click?); "
                    + "your first submission counts.");
        }
        events.publishEvent(new PracticeSubmitted(me.personId(), moduleId, practice.version(), taskNumber));
        if (entity.getStatus() == SubmissionStatus.APPROVED) {
            events.publishEvent(new PracticeReviewed(me.personId(), moduleId, practice.version(), taskNumber, true));
        }
        return SubmissionRecords.of(entity);
    }

    /** The signed-in person's tasks in the module's current version, each with its status and all attempts. */
    public MyPractice myTasks(String moduleId) {
        var me = CurrentPerson.require();
        var module = curriculum.module(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "There is no module '" + moduleId + "'."));
        var practice = tasks.of(moduleId, module.currentVersion()).orElse(null);
        if (practice == null) {
            return new MyPractice(moduleId, module.title(), module.currentVersion(), List.of());
        }
        Map<Integer, List<PracticeSubmission>> byTask = submissions
                .findByPersonIdAndModuleKeyAndModuleVersionOrderByTaskNumberAscAttemptNoDesc(
                        me.personId().value(), moduleId, practice.version())
                .stream().map(SubmissionRecords::of).collect(Collectors.groupingBy(PracticeSubmission::taskNumber));
        var mine = practice.tasks().stream().map(task -> {
            var history = byTask.getOrDefault(task.number(), List.of());
            return new MyTask(task, TaskStatus.of(history.isEmpty() ? null : history.getFirst().status()), history);
        }).toList();
        return new MyPractice(moduleId, practice.moduleTitle(), practice.version(), mine);
    }

    /**
     * A person's practice in the current version of each module, by each task's latest attempt: one query
     * for the modules and one for the attempts, whatever the number of modules. Modules that do not exist
     * are left out. For the person themselves, trainers, admins, and the person's manager.
     */
    public Map<String, PracticeProgress> progress(PersonId person, Collection<String> moduleIds) {
        var me = CurrentPerson.require();
        if (!me.personId().equals(person) && !me.has(Authority.TRAINER) && !me.has(Authority.ADMIN)) {
            if (!me.has(Authority.MANAGER)) {
                throw new AccessDeniedException("You may only see your own practice progress.");
            }
            people.get(person); // refuses anyone outside the manager's team
        }
        if (moduleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, ModuleSummary> modules = curriculum.modules(moduleIds);
        var latest = new java.util.HashMap<String, PracticeSubmissionRepository.AttemptStatus>();
        for (var attempt : submissions.findByPersonIdAndModuleKeyIn(person.value(), modules.keySet())) {
            var module = modules.get(attempt.getModuleKey());
            if (module != null && module.currentVersion() == attempt.getModuleVersion()) {
                latest.merge(attempt.getModuleKey() + "#" + attempt.getTaskNumber(), attempt,
                        (a, b) -> a.getAttemptNo() >= b.getAttemptNo() ? a : b);
            }
        }
        var progress = new java.util.LinkedHashMap<String, PracticeProgress>();
        // Versions without tasks are not cached (tasks.of), so they are skipped by their shape: one query for all.
        var shapes = curriculum.shapes(modules.keySet());
        for (var module : modules.values()) {
            var shape = shapes.get(module.id());
            int count = shape == null || !shape.hasPractice() ? 0
                    : tasks.of(module.id(), module.currentVersion()).map(p -> p.tasks().size()).orElse(0);
            var statuses = latest.values().stream().filter(a -> a.getModuleKey().equals(module.id()))
                    .collect(Collectors.groupingBy(PracticeSubmissionRepository.AttemptStatus::getStatus, Collectors.counting()));
            progress.put(module.id(), new PracticeProgress(module.id(), module.currentVersion(), count,
                    statuses.getOrDefault(SubmissionStatus.APPROVED, 0L).intValue(),
                    statuses.getOrDefault(SubmissionStatus.SUBMITTED, 0L).intValue(),
                    statuses.getOrDefault(SubmissionStatus.REJECTED, 0L).intValue()));
        }
        return progress;
    }

    /** Submissions waiting for sign-off, oldest first. */
    @PreAuthorize(REVIEWS)
    public List<QueueEntry> queue(ReviewFilter filter, int offset, int limit) {
        var modules = queueModules.of(filter);
        if (modules != null && modules.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        var page = PageRequest.of(Math.max(0, offset) / size, size, OLDEST_FIRST);
        return submissions.findAll(ReviewQueueSpecifications.waiting(modules, filter.personText()), page).stream()
                .map(this::queueEntry).toList();
    }

    @PreAuthorize(REVIEWS)
    public long count(ReviewFilter filter) {
        var modules = queueModules.of(filter);
        return modules != null && modules.isEmpty() ? 0
                : submissions.count(ReviewQueueSpecifications.waiting(modules, filter.personText()));
    }

    /** One submission with its task and the learner's attempts at it: for the learner themselves and reviewers. */
    public SubmissionDetail submission(long id) {
        var entity = readable(id);
        var practice = tasks.of(entity.getModuleKey(), entity.getModuleVersion()).orElseThrow(() ->
                new InvalidInputException("submission", "The module version of this submission no longer exists."));
        var task = practice.task(entity.getTaskNumber()).orElseThrow();
        var history = submissions.findByPersonIdAndModuleKeyAndModuleVersionAndTaskNumberOrderByAttemptNoDesc(
                entity.getPersonId(), entity.getModuleKey(), entity.getModuleVersion(), entity.getTaskNumber())
                .stream().map(SubmissionRecords::of).toList();
        return new SubmissionDetail(SubmissionRecords.of(entity), practice.moduleTitle(), task, history);
    }

    /** The evidence file of a submission: for the learner themselves and reviewers. */
    public EvidenceDownload evidenceFile(long submissionId) {
        var entity = readable(submissionId);
        if (entity.getFileStorageName() == null) {
            throw new InvalidInputException("submission", "This submission has no file.");
        }
        return new EvidenceDownload(entity.getFileName(), entity.getFileContentType(), store.read(entity.getFileStorageName()));
    }

    @Transactional
    @PreAuthorize(REVIEWS)
    public PracticeSubmission approve(long id, String comment) {
        return review(id, EvidenceChecks.comment(comment, false), true);
    }

    /** Sends the task back to the learner, who may then hand in new evidence; the comment says why. */
    @Transactional
    @PreAuthorize(REVIEWS)
    public PracticeSubmission reject(long id, String comment) {
        return review(id, EvidenceChecks.comment(comment, true), false);
    }

    private PracticeSubmission review(long id, String comment, boolean approved) {
        var me = CurrentPerson.require();
        var entity = submissions.findById(id).orElseThrow(() -> noSuchSubmission(id));
        if (entity.getPersonId() == me.personId().value()) {
            throw new AccessDeniedException("You cannot review your own submission; another trainer signs it off.");
        }
        if (entity.getStatus() != SubmissionStatus.SUBMITTED) {
            throw new InvalidInputException("submission", "This submission was already "
                    + entity.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                    + (entity.getReviewer() == null ? " (it needs no sign-off)." : " by " + entity.getReviewer() + "."));
        }
        // the name, not the email: learners see who signed their work off
        entity.review(approved, me.displayName(), comment.isEmpty() ? null : comment, clock.instant());
        PracticeSubmissionEntity reviewed;
        try {
            reviewed = submissions.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException reviewedMeanwhile) {
            throw new InvalidInputException("submission", "Someone else reviewed this submission a moment ago; "
                    + "reload the queue to see their decision.");
        }
        String taskTitle = tasks.of(reviewed.getModuleKey(), reviewed.getModuleVersion())
                .flatMap(p -> p.task(reviewed.getTaskNumber())).map(ModulePractice.Task::title)
                .orElse("task " + reviewed.getTaskNumber());
        auditLog.record(approved ? "PRACTICE_APPROVED" : "PRACTICE_REJECTED", reviewed.getLearnerEmail(),
                reviewed.getModuleKey() + " v" + reviewed.getModuleVersion() + " task " + reviewed.getTaskNumber()
                        + " attempt " + reviewed.getAttemptNo() + " (submission " + reviewed.getId() + ")"
                        + (comment.isEmpty() ? "" : ": " + comment));
        var learner = new PersonId(reviewed.getPersonId());
        events.publishEvent(new PracticeReviewed(learner, reviewed.getModuleKey(), reviewed.getModuleVersion(),
                reviewed.getTaskNumber(), approved));
        events.publishEvent(new PersonNotice(learner, (approved ? "Practice approved: " : "Practice rejected: ") + taskTitle,
                comment, "practice/" + reviewed.getModuleKey()));
        return SubmissionRecords.of(reviewed);
    }

    private ModulePractice currentPractice(String moduleId) {
        var module = curriculum.module(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "There is no module '" + moduleId + "'."));
        return tasks.of(moduleId, module.currentVersion()).orElseThrow(() ->
                new InvalidInputException("module", module.title() + " has no practice tasks."));
    }

    private void attachEvidence(PracticeSubmissionEntity entity, EvidenceInput input) {
        switch (input) {
            case EvidenceInput.Text text -> entity.setText(EvidenceChecks.text(text.text()));
            case EvidenceInput.Link link -> entity.setLink(EvidenceChecks.link(link.url()));
            case EvidenceInput.File file -> {
                var accepted = EvidenceFileCheck.check(file.originalName(), file.bytes(), maxFileBytes);
                String storageName = store.write(file.bytes()); // deleted again if this transaction rolls back
                entity.setFile(accepted.name(), accepted.type().contentType(), file.bytes().length, sha256(file.bytes()),
                        storageName);
            }
        }
    }

    private static void refuseWhileOpenOrDone(PracticeSubmissionEntity latest) {
        if (latest.getStatus() == SubmissionStatus.SUBMITTED) {
            throw new InvalidInputException("task", "Your evidence for this task is already waiting for review.");
        }
        if (latest.getStatus() == SubmissionStatus.APPROVED) {
            throw new InvalidInputException("task", "This task is already approved.");
        }
    }

    /** The learner who handed it in, or a reviewer; anyone else is refused whatever id they try. */
    private PracticeSubmissionEntity readable(long id) {
        SignedInPerson me = CurrentPerson.require();
        var entity = submissions.findById(id).orElseThrow(() -> noSuchSubmission(id));
        if (entity.getPersonId() != me.personId().value() && !me.has(Authority.TRAINER) && !me.has(Authority.ADMIN)) {
            throw new AccessDeniedException("You may only see your own practice submissions.");
        }
        return entity;
    }

    private QueueEntry queueEntry(PracticeSubmissionEntity e) {
        var practice = tasks.of(e.getModuleKey(), e.getModuleVersion());
        String moduleTitle = practice.map(ModulePractice::moduleTitle).orElse(e.getModuleKey());
        String taskTitle = practice.flatMap(p -> p.task(e.getTaskNumber())).map(ModulePractice.Task::title)
                .orElse("Task " + e.getTaskNumber());
        return new QueueEntry(e.getId(), new PersonId(e.getPersonId()), e.getLearnerName(), e.getLearnerEmail(),
                e.getModuleKey(), moduleTitle, e.getModuleVersion(), e.getTaskNumber(), taskTitle, e.getAttemptNo(),
                e.getSubmittedAt());
    }

    private static InvalidInputException noSuchSubmission(long id) {
        return new InvalidInputException("submission", "There is no practice submission " + id + ".");
    }

    private static String field(Evidence evidence) {
        return evidence.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(Evidence evidence) {
        return switch (evidence) {
            case TEXT -> "a written answer";
            case LINK -> "a link";
            case FILE -> "a file";
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
