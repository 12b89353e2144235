package app.stepwise.studio;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentLimits;
import app.stepwise.content.ModulePublishing;
import app.stepwise.content.ModuleSource;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.studio.internal.StudioDraftEntity;
import app.stepwise.studio.internal.StudioDraftRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The studio's drafts, for trainers and admins only: one shared draft per module, saved with optimistic
 * locking. A save based on an older state than the server's is refused with {@link DraftConflictException},
 * which carries the server's state; nothing the refused trainer typed is stored or dropped by the server.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(StudioDrafts.TRAINERS)
public class StudioDrafts {
    static final String TRAINERS = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";
    static final Pattern MODULE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private final StudioDraftRepository drafts;
    private final ModulePublishing publishing;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transactions;

    StudioDrafts(StudioDraftRepository drafts, ModulePublishing publishing, AuditLog auditLog, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Saved drafts, most recently saved first, each with who awaits approval for it. */
    public List<DraftSummary> drafts(int offset, int limit) {
        int size = Math.max(1, limit);
        return drafts.findAllByOrderByUpdatedAtDescIdDesc(PageRequest.of(offset / size, size)).stream()
                .map(d -> new DraftSummary(d.getModuleKey(), d.getTitle(), d.getBaseVersion(), d.getUpdatedBy(), d.getUpdatedAt(),
                        d.getApprovalRequestedBy() == null ? null : d.getApprovalRequestedName()))
                .toList();
    }

    public long countDrafts() {
        return drafts.count();
    }

    /** The module's saved draft, else its current published source (not saved until the first change). */
    public Draft open(String moduleKey) {
        return current(moduleKey).orElseThrow(() -> new InvalidInputException("module",
                "There is no module or draft '" + moduleKey + "'."));
    }

    /** Starts a new module from the template, saved at once so other trainers see it. */
    @Transactional
    public Draft create(String moduleKey, String title) {
        String key = moduleKey == null ? "" : moduleKey.strip();
        String name = title == null ? "" : title.strip();
        if (!MODULE_KEY.matcher(key).matches()) {
            throw new InvalidInputException("moduleKey", "Use lower-case letters, digits and dashes, starting with a "
                    + "letter or digit (at most 120), e.g. send-a-quote.");
        }
        if (name.isEmpty() || name.length() > DraftTitles.MAX_LENGTH) {
            throw new InvalidInputException("title", "Give the module a title of at most " + DraftTitles.MAX_LENGTH + " characters.");
        }
        if (publishing.currentSource(key).isPresent() || drafts.existsByModuleKey(key)) {
            throw new InvalidInputException("moduleKey", "A module or draft '" + key + "' already exists: open it from the list.");
        }
        var me = CurrentPerson.require();
        var entity = new StudioDraftEntity(key, 0, me.displayName(), clock.instant());
        String source = ModuleTemplate.source(key, name, me.displayName());
        entity.write(DraftTitles.of(source, key), source, me.displayName(), clock.instant());
        auditLog.record("STUDIO_DRAFT_CREATED", key, name);
        return draft(drafts.saveAndFlush(entity));
    }

    /**
     * Saves the trainer's text. {@code expectedVersion} is the draft version their text is based on
     * ({@code null}: no draft was saved when they opened it); {@code baseVersion} the published version.
     *
     * @throws DraftConflictException when the server's draft is not the one the text is based on
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // its own transaction, so a lost race can be reported
    public Draft save(String moduleKey, int baseVersion, Long expectedVersion, String source) {
        requireSize(source);
        var me = CurrentPerson.require();
        try {
            return transactions.execute(status -> {
                var entity = drafts.findByModuleKey(moduleKey).orElse(null);
                if (entity == null ? expectedVersion != null : !Long.valueOf(entity.getVersion()).equals(expectedVersion)) {
                    throw conflict(moduleKey, entity);
                }
                if (entity == null) {
                    entity = new StudioDraftEntity(moduleKey, baseVersion, me.displayName(), clock.instant());
                } else if (entity.getBaseVersion() != baseVersion) {
                    entity.rebase(baseVersion, me.displayName(), clock.instant());
                }
                entity.write(DraftTitles.of(source, moduleKey), source, me.displayName(), clock.instant());
                return draft(drafts.saveAndFlush(entity));
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Another trainer's save committed between our read and our write.
            throw conflict(moduleKey, drafts.findByModuleKey(moduleKey).orElse(null));
        }
    }

    /** Throws away the draft (the published module, if any, stays as it is). */
    @Transactional
    public void discard(String moduleKey, long expectedVersion) {
        var entity = drafts.findByModuleKey(moduleKey).orElse(null);
        if (entity == null || entity.getVersion() != expectedVersion) {
            throw conflict(moduleKey, entity);
        }
        drafts.delete(entity);
        auditLog.record("STUDIO_DRAFT_DISCARDED", moduleKey, "based on v" + entity.getBaseVersion());
    }

    /** Records a request to publish the draft as it is; refused if the draft changed since {@code draftVersion}. */
    @Transactional
    Draft requestApproval(String moduleKey, long draftVersion, String note, ChangeClass changeClass) {
        var entity = drafts.findByModuleKey(moduleKey).orElse(null);
        if (entity == null || entity.getVersion() != draftVersion) {
            throw conflict(moduleKey, entity);
        }
        var me = CurrentPerson.require();
        entity.requestApproval(me.email(), me.displayName(), note, changeClass, clock.instant());
        return draft(drafts.saveAndFlush(entity));
    }

    /** Removes the draft a publish came from, unless someone saved it again meanwhile. */
    @Transactional
    void published(String moduleKey, long draftVersion) {
        drafts.findByModuleKey(moduleKey).filter(d -> d.getVersion() == draftVersion).ifPresent(drafts::delete);
    }

    /**
     * When a saved draft started from another version than the one published now (someone imported or published
     * meanwhile): the conflict to settle, whose {@code theirs} is that version with the draft's lock version, so
     * keeping one's text saves it on top of the newer version.
     */
    public Optional<DraftConflictException> outdated(Draft draft) {
        return publishing.currentSource(draft.moduleKey()).filter(current -> draft.saved() && current.version() != draft.baseVersion())
                .map(current -> new DraftConflictException("Version " + current.version() + " of this module was published "
                        + "after your draft started (from " + (draft.newModule() ? "nothing" : "version " + draft.baseVersion())
                        + "). Your draft is saved; compare it with version " + current.version() + ", then keep yours or take "
                        + "theirs.", new Draft(current.id(), DraftTitles.of(current.text(), current.id()), current.version(),
                        current.text(), draft.version(), null, null)));
    }

    Optional<Draft> current(String moduleKey) {
        return drafts.findByModuleKey(moduleKey).map(StudioDrafts::draft)
                .or(() -> publishing.currentSource(moduleKey).map(StudioDrafts::unsaved));
    }

    DraftConflictException conflict(String moduleKey, StudioDraftEntity theirs) {
        if (theirs != null) {
            return new DraftConflictException(theirs.getUpdatedBy() + " saved this draft at " + Times.time(theirs.getUpdatedAt())
                    + " UTC while you were editing. Your text was not saved; it is still yours to keep: compare it with "
                    + "theirs, then keep yours or take theirs.", draft(theirs));
        }
        var published = publishing.currentSource(moduleKey).map(StudioDrafts::unsaved)
                .orElse(new Draft(moduleKey, moduleKey, 0, "", null, null, null));
        return new DraftConflictException("This draft was published or discarded by someone else while you were editing"
                + (published.newModule() ? "" : " (the module is now at version " + published.baseVersion() + ")")
                + ". Your text was not saved; it is still yours to keep: compare it, then keep yours or take theirs.", published);
    }

    static Draft unsaved(ModuleSource source) {
        return new Draft(source.id(), DraftTitles.of(source.text(), source.id()), source.version(), source.text(), null, null, null);
    }

    private static Draft draft(StudioDraftEntity d) {
        var approval = d.getApprovalRequestedBy() == null ? null : new ApprovalRequest(d.getApprovalRequestedName(),
                d.getApprovalRequestedBy(), d.getApprovalRequestedAt(), d.getApprovalNote(), d.getApprovalChangeClass());
        return new Draft(d.getModuleKey(), d.getTitle(), d.getBaseVersion(), d.getSource(), d.getVersion(), d.getUpdatedBy(),
                d.getUpdatedAt(), approval);
    }

    static void requireSize(String source) {
        if (source == null || source.getBytes(StandardCharsets.UTF_8).length > ContentLimits.DEFAULTS.maxFileBytes()) {
            throw new InvalidInputException("source", "A module may be at most 1 MiB of text; split it into several modules.");
        }
    }
}
