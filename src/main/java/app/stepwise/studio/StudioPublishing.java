package app.stepwise.studio;

import app.stepwise.audit.AuditLog;
import app.stepwise.certification.RefresherForecast;
import app.stepwise.certification.RefresherImpact;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ImportOutcome;
import app.stepwise.content.ModulePublishing;
import app.stepwise.content.ModuleSource;
import app.stepwise.content.SourceFile;
import app.stepwise.content.VersionChange;
import app.stepwise.course.ModuleAudience;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing a draft: first what it would do (change class suggested from the diff, refreshers a material change
 * assigns, learners in progress), then the publish itself through the content importer, so the version, its
 * event and everything after it (search, certification refreshers) are those of any import. With
 * {@code stepwise.studio.require-approval} the author asks and a second trainer publishes; both are told in the app.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@PreAuthorize(StudioDrafts.TRAINERS)
@EnableConfigurationProperties(StudioProperties.class)
public class StudioPublishing {
    private final StudioDrafts drafts;
    private final StudioChecks checks;
    private final ModulePublishing publishing;
    private final RefresherForecast refreshers;
    private final ModuleAudience audience;
    private final AuditLog auditLog;
    private final StudioProperties properties;
    private final ApprovalNotices notices;
    private final TransactionTemplate transactions;

    StudioPublishing(StudioDrafts drafts, StudioChecks checks, ModulePublishing publishing, RefresherForecast refreshers,
                     ModuleAudience audience, AuditLog auditLog, StudioProperties properties, ApprovalNotices notices,
                     PlatformTransactionManager transactionManager) {
        this.drafts = drafts;
        this.checks = checks;
        this.publishing = publishing;
        this.refreshers = refreshers;
        this.audience = audience;
        this.auditLog = auditLog;
        this.properties = properties;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether publishing takes a second trainer's approval. */
    public boolean approvalRequired() {
        return properties.requireApproval();
    }

    /** What publishing this text with this note would do now. */
    public PublishPlan plan(String moduleKey, String source, String note) {
        String text = note == null || note.isBlank() ? source : VersionNotes.withNote(source, note);
        var check = checks.check(moduleKey, text);
        var current = publishing.currentSource(moduleKey);
        int next = current.map(ModuleSource::version).orElse(0) + 1;
        var change = check.hasErrors() ? Optional.<VersionChange>empty() : check.doc().flatMap(publishing::compareWithCurrent);
        boolean unchanged = change.map(VersionChange::unchanged).orElse(false);
        var impact = current.isPresent() ? refreshers.materialChange(moduleKey, next) : new RefresherImpact(0, List.of());
        long inProgress = current.map(c -> audience.inProgress(moduleKey, c.version())).orElse(0L);
        return new PublishPlan(moduleKey, next, change.map(VersionChange::suggested).orElse(null),
                change.map(VersionChange::summary).orElse(""), unchanged, check.errorCount(), impact, inProgress);
    }

    /**
     * Saves the text as the draft (refused if someone else changed it), checks that the module is still at the
     * version the draft started from, validates, then publishes it with the note and the trainer's change class.
     *
     * @param decided MATERIAL or MINOR; ignored for a module's first version
     * @throws DraftConflictException when another trainer saved the draft or published the module meanwhile
     */
    public Published publish(String moduleKey, int baseVersion, Long draftVersion, String source, String note,
                             ChangeClass decided) {
        if (properties.requireApproval()) {
            throw new InvalidInputException("approval", "Here a second trainer publishes: ask for approval instead.");
        }
        var ready = prepare(moduleKey, baseVersion, draftVersion, source, note, decided);
        return publishReady(ready, decided, "STUDIO_PUBLISHED", "");
    }

    /** As {@link #publish}, but asks a second trainer to publish; returns the draft with its request. */
    public Draft requestApproval(String moduleKey, int baseVersion, Long draftVersion, String source, String note,
                                 ChangeClass decided) {
        var ready = prepare(moduleKey, baseVersion, draftVersion, source, note, decided);
        // the request and the notices about it commit together
        var requested = transactions.execute(status -> {
            var request = drafts.requestApproval(moduleKey, ready.saved().version(), ready.note(),
                    ready.saved().newModule() ? null : decided);
            notices.reviewRequested(request);
            return request;
        });
        auditLog.record("STUDIO_APPROVAL_REQUESTED", moduleKey, "from v" + ready.saved().baseVersion() + ", "
                + requested.approval().changeClass() + ": " + ready.note());
        return requested;
    }

    /**
     * A second trainer publishes a draft as requested (its text, note and change class).
     *
     * @param draftVersion the draft version the approver looked at: a draft changed since is not published
     */
    public Published approve(String moduleKey, long draftVersion) {
        var draft = drafts.open(moduleKey);
        var request = draft.approval();
        if (request == null || !Objects.equals(draft.version(), draftVersion)) {
            throw new InvalidInputException("approval", "The draft changed or its request was withdrawn after you opened "
                    + "it: look at it again.");
        }
        if (request.requesterEmail().equalsIgnoreCase(CurrentPerson.require().email())) {
            throw new InvalidInputException("approval", "Another trainer approves your change: that is the second pair of eyes.");
        }
        drafts.outdated(draft).ifPresent(conflict -> {
            throw conflict;
        });
        var published = publishReady(ready(draft, request.note()), request.changeClass(), "STUDIO_APPROVED",
                ", requested by " + request.requestedBy());
        notices.approved(request, draft.title(), published);
        return published;
    }

    /** A draft saved and checked, with the text that would be published. */
    private record Ready(Draft saved, String note, String text, Optional<VersionChange> change, String path) {
    }

    private Ready prepare(String moduleKey, int baseVersion, Long draftVersion, String source, String note,
                          ChangeClass decided) {
        boolean first = publishing.currentSource(moduleKey).isEmpty();
        String checkedNote = requireNote(note, first);
        if (!first && decided != ChangeClass.MATERIAL && decided != ChangeClass.MINOR) {
            throw new InvalidInputException("changeClass", "Decide whether the change is material or minor.");
        }
        var saved = drafts.save(moduleKey, baseVersion, draftVersion, source);
        drafts.outdated(saved).ifPresent(conflict -> {
            throw conflict;
        });
        return ready(saved, checkedNote);
    }

    /** Refuses text with errors, and text that changes nothing. */
    private Ready ready(Draft saved, String note) {
        String key = saved.moduleKey();
        String text = VersionNotes.withNote(saved.source(), note);
        var check = checks.check(key, text);
        if (check.hasErrors()) {
            throw new InvalidInputException("source", "Fix the " + check.errorCount() + " error(s) first: " + check.problems()
                    .stream().filter(p -> p.isError()).map(p -> "line " + p.line() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        var change = check.doc().flatMap(publishing::compareWithCurrent);
        if (change.map(VersionChange::unchanged).orElse(false)) {
            throw new InvalidInputException("source", "Nothing changed since version " + saved.baseVersion() + ".");
        }
        String path = StudioChecks.path(key, publishing.currentSource(key).map(ModuleSource::path));
        return new Ready(saved, note, text, change, path);
    }

    private Published publishReady(Ready ready, ChangeClass decided, String action, String detail) {
        String key = ready.saved().moduleKey();
        boolean first = ready.saved().newModule();
        var report = publishing.publish(SourceFile.ofText(ready.path(), ready.text()), first ? null : decided);
        var document = report.documents().getFirst();
        if (document.outcome() == ImportOutcome.FAILED || document.version() == null) {
            throw new InvalidInputException("source", document.problems().stream().map(p -> p.message())
                    .collect(Collectors.joining(" ")));
        }
        drafts.published(key, ready.saved().version());
        auditLog.record(action, key + " v" + document.version(), (first ? "first version" : decided + " (suggested "
                + ready.change().map(VersionChange::suggested).orElse(null) + ")") + detail);
        return new Published(key, document.version(), document.changeClass());
    }

    private static String requireNote(String note, boolean first) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() && first) {
            return "First published version.";
        }
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "Say in a sentence what changed: learners see it above the module.");
        }
        if (text.length() > VersionNotes.MAX_LENGTH) {
            throw new InvalidInputException("note", "Keep the note under " + VersionNotes.MAX_LENGTH + " characters.");
        }
        return text;
    }
}
