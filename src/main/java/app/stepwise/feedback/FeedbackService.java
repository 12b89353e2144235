package app.stepwise.feedback;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.ReadingStep;
import app.stepwise.feedback.internal.StepFlagEntity;
import app.stepwise.feedback.internal.StepFlagRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.shared.SignedInPerson;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags on steps. Anyone signed in flags a step and reads their own flags. The improvement queue is for
 * trainers and admins (every module) and for a module's owner (their modules, by {@link ModuleOwnership});
 * every method checks this itself, per flag, whatever the view shows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FeedbackService {
    private static final String NOT_YOURS = "Only the module's owner or a trainer works its improvement queue.";

    private final StepFlagRepository flags;
    private final Curriculum curriculum;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackService(StepFlagRepository flags, Curriculum curriculum, AuditLog auditLog,
                    ApplicationEventPublisher events, Clock clock) {
        this.flags = flags;
        this.curriculum = curriculum;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Flags a step of the module's current version for the signed-in person. */
    @Transactional
    public StepFlag flag(String moduleId, String stepAnchor, FlagKind kind, String comment) {
        var me = CurrentPerson.require();
        var problems = FlagInput.problems(kind, comment);
        var reading = curriculum.reading(moduleId).orElse(null);
        var step = reading == null ? Optional.<ReadingStep>empty()
                : reading.steps().stream().filter(s -> s.anchor().equals(stepAnchor)).findFirst();
        if (step.isEmpty()) {
            problems.put("step", reading == null ? "There is no module '" + moduleId + "'."
                    : "“" + reading.title() + "” has no such step any more. Reload the module and try again.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long personId = me.personId().value();
        if (flags.existsByPersonIdAndModuleKeyAndStepAnchorAndStatusIn(personId, moduleId, stepAnchor, FlagStatus.UNRESOLVED)) {
            throw new InvalidInputException("step", "You already flagged step " + step.get().number()
                    + " and your flag is still being looked at. You'll hear when it is handled.");
        }
        var saved = flags.save(new StepFlagEntity(personId, me.displayName(), moduleId, reading.version(), stepAnchor,
                step.get().number(), FlagInput.stepSnapshot(step.get().text()), kind,
                FlagInput.trimmed(comment), clock.instant()));
        auditLog.record("STEP_FLAGGED", subject(saved), kind + " on version " + reading.version() + ", flag " + saved.getId());
        return stepFlag(saved, reading.title());
    }

    /** The signed-in person's flags, newest first. */
    public List<StepFlag> myFlags() {
        return withTitles(flags.findByPersonIdOrderByCreatedAtDescIdDesc(CurrentPerson.require().personId().value()));
    }

    /**
     * The signed-in person's flags on a module that the reader should show: those on its current version,
     * and older ones still open or accepted (a step can have only one of those).
     */
    public List<StepFlag> flagsOnModule(String moduleId) {
        var module = curriculum.module(moduleId).orElse(null);
        if (module == null) {
            return List.of();
        }
        return flags.findByPersonIdAndModuleKey(CurrentPerson.require().personId().value(), moduleId).stream()
                .filter(f -> f.getModuleVersion() == module.currentVersion() || FlagStatus.UNRESOLVED.contains(f.getStatus()))
                .sorted(Comparator.comparing(StepFlagEntity::getCreatedAt).reversed())
                .map(f -> stepFlag(f, module.title())).toList();
    }

    /** One flag: the flagger's own, or any the caller's queue holds. */
    public StepFlag get(long flagId) {
        var me = CurrentPerson.require();
        var flag = flags.findById(flagId).orElse(null);
        if (flag != null && flag.getPersonId() == me.personId().value()) {
            return stepFlag(flag, title(flag.getModuleKey()));
        }
        var handled = handledFlag(me, flag);
        return stepFlag(handled, title(handled.getModuleKey()));
    }

    /** Whether the signed-in person has an improvement queue: trainers, admins and owners of flagged modules. */
    public boolean canSeeQueue() {
        var me = CurrentPerson.require();
        return worksEveryQueue(me) || !ownedFlaggedModules(me).isEmpty();
    }

    /** The improvement queue, oldest first. */
    public List<StepFlag> queue(FlagFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        var page = PageRequest.of(offset / size, size, Sort.by("createdAt", "id"));
        return withTitles(flags.findAll(StepFlagRepository.inQueue(queueModules(filter), filter.statuses()), page).getContent());
    }

    public long count(FlagFilter filter) {
        return flags.count(StepFlagRepository.inQueue(queueModules(filter), filter.statuses()));
    }

    /** Per module in the caller's queue: open, accepted and all flags; most open first. */
    public List<FlagQueueSummary> queueSummary() {
        var me = CurrentPerson.require();
        Collection<String> visible = worksEveryQueue(me) ? null : ownedFlaggedModules(me);
        if (visible != null && visible.isEmpty()) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        var counts = new HashMap<String, long[]>(); // open, accepted, total
        for (Object[] row : flags.countByModuleAndStatus()) {
            String key = (String) row[0];
            if (visible == null || visible.contains(key)) {
                long[] c = counts.computeIfAbsent(key, k -> new long[3]);
                long n = ((Number) row[2]).longValue();
                c[0] += row[1] == FlagStatus.OPEN ? n : 0;
                c[1] += row[1] == FlagStatus.ACCEPTED ? n : 0;
                c[2] += n;
            }
        }
        var modules = curriculum.modules(counts.keySet());
        return counts.entrySet().stream()
                .map(e -> new FlagQueueSummary(e.getKey(), titleOf(modules.get(e.getKey()), e.getKey()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(FlagQueueSummary::open).reversed()
                        .thenComparing(s -> s.moduleTitle().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Moves a flag on (open → accepted, fixed or declined; accepted → fixed or declined), records who did it,
     * and tells the flagger. A note is required to decline.
     */
    @Transactional
    public StepFlag changeStatus(long flagId, FlagStatus newStatus, String note) {
        var me = CurrentPerson.require();
        var flag = handledFlag(me, flags.findById(flagId).orElse(null));
        var before = flag.getStatus();
        FlagInput.checkTransition(before, newStatus);
        String cleanNote = FlagInput.note(newStatus, note);
        flag.handle(newStatus, cleanNote, me.email(), clock.instant());
        try {
            flags.saveAndFlush(flag);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new InvalidInputException("status", "Someone else changed this flag just now. Open it again to see its status.");
        }
        String moduleTitle = title(flag.getModuleKey());
        auditLog.record("STEP_FLAG_" + newStatus.name(), subject(flag),
                "flag " + flagId + ": " + before + " -> " + newStatus + (cleanNote.isEmpty() ? "" : ", note: " + cleanNote));
        events.publishEvent(new PersonNotice(new PersonId(flag.getPersonId()),
                "Your flag on “" + moduleTitle + "”, step " + flag.getStepNumber() + " was "
                        + newStatus.label().toLowerCase(Locale.ROOT), cleanNote,
                "module/" + flag.getModuleKey() + "#" + flag.getStepAnchor()));
        return stepFlag(flag, moduleTitle);
    }

    /** The flag if the caller may handle it; refused alike whether it is someone else's or does not exist. */
    private StepFlagEntity handledFlag(SignedInPerson me, StepFlagEntity flag) {
        boolean allowed = worksEveryQueue(me)
                || flag != null && curriculum.module(flag.getModuleKey()).filter(m -> owns(me, m)).isPresent();
        if (!allowed) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        if (flag == null) {
            throw new InvalidInputException("flag", "That flag does not exist.");
        }
        return flag;
    }

    /** The modules the caller's queue covers ({@code null}: every module); refuses people without a queue. */
    private Collection<String> queueModules(FlagFilter filter) {
        var me = CurrentPerson.require();
        if (filter.moduleId() != null) {
            if (!worksEveryQueue(me) && curriculum.module(filter.moduleId()).filter(m -> owns(me, m)).isEmpty()) {
                throw new AccessDeniedException(NOT_YOURS);
            }
            return List.of(filter.moduleId());
        }
        if (worksEveryQueue(me)) {
            return null;
        }
        var owned = ownedFlaggedModules(me);
        if (owned.isEmpty()) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        return owned;
    }

    private static boolean worksEveryQueue(SignedInPerson me) {
        return me.has(Authority.TRAINER) || me.has(Authority.ADMIN);
    }

    private List<String> ownedFlaggedModules(SignedInPerson me) {
        return curriculum.modules(flags.findFlaggedModuleKeys()).values().stream()
                .filter(m -> owns(me, m)).map(ModuleSummary::id).sorted().toList();
    }

    private static boolean owns(SignedInPerson me, ModuleSummary module) {
        return ModuleOwnership.owns(module.owner(), me.displayName(), me.email());
    }

    private List<StepFlag> withTitles(List<StepFlagEntity> entities) {
        Map<String, ModuleSummary> modules = curriculum.modules(entities.stream().map(StepFlagEntity::getModuleKey).distinct().toList());
        return entities.stream().map(f -> stepFlag(f, titleOf(modules.get(f.getModuleKey()), f.getModuleKey()))).toList();
    }

    private String title(String moduleId) {
        return titleOf(curriculum.module(moduleId).orElse(null), moduleId);
    }

    private static String titleOf(ModuleSummary module, String moduleId) {
        return module == null ? moduleId : module.title();
    }

    private static String subject(StepFlagEntity flag) {
        return flag.getModuleKey() + "#" + flag.getStepAnchor();
    }

    private static StepFlag stepFlag(StepFlagEntity f, String moduleTitle) {
        return new StepFlag(f.getId(), f.getModuleKey(), moduleTitle, f.getModuleVersion(), f.getStepAnchor(),
                f.getStepNumber(), f.getStepText(), f.getKind(), f.getComment(), f.getStatus(), f.getResolutionNote(),
                f.getFlaggedByName(), f.getCreatedAt(), f.getUpdatedAt());
    }
}
