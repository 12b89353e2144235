package app.stepwise.certification;

import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationEntity.Status;
import app.stepwise.certification.internal.CertificationRepository;
import app.stepwise.certification.internal.RefresherEntity;
import app.stepwise.certification.internal.RefresherRepository;
import app.stepwise.certification.internal.RenewalStore;
import app.stepwise.certification.internal.VerificationCodes;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.CourseService;
import app.stepwise.course.ModuleCompleted;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification rules that follow events: grant when the last required module is complete, refreshers
 * when a required module changes materially, refreshers done when the module is completed again. Callers run
 * as the system (listeners) so the course and content reads are allowed.
 */
@Component
class CertificationRules {
    private final CertificationRepository certifications;
    private final RefresherRepository refreshers;
    private final RenewalStore renewals;
    private final Curriculum curriculum;
    private final ContentLibrary library;
    private final CourseService course;
    private final CertificationNotices notices;
    private final Clock clock;

    CertificationRules(CertificationRepository certifications, RefresherRepository refreshers, RenewalStore renewals,
                       Curriculum curriculum, ContentLibrary library, CourseService course, CertificationNotices notices,
                       Clock clock) {
        this.renewals = renewals;
        this.certifications = certifications;
        this.refreshers = refreshers;
        this.curriculum = curriculum;
        this.library = library;
        this.course = course;
        this.notices = notices;
        this.clock = clock;
    }

    /** A module completion may finish a refresher, and may complete a role the person is enrolled in. */
    @Transactional
    void completed(ModuleCompleted completion) {
        var person = completion.person();
        finishRefreshers(person, completion.moduleId(), completion.moduleVersion());
        var enrolled = course.enrolledRoles(person);
        for (var role : rolesRequiring(completion.moduleId())) {
            var existing = certifications.findByPersonIdAndRoleKey(person.value(), role.id());
            if (existing.isEmpty() && !enrolled.contains(role.id())) {
                continue; // a role is earned on its path, not by chance through shared modules
            }
            var status = existing.map(CertificationEntity::getStatus).orElse(null);
            if (status == Status.REVOKED) {
                continue; // a trainer's revocation is not undone by a later completion
            }
            if (status == Status.LAPSED && renewalOpen(existing.get())) {
                continue; // an expired certification is renewed by passing its quizzes again, not by one completion
            }
            if (status == Status.GRANTED) {
                existing.get().restOn(Map.of(completion.moduleId(), completion.moduleVersion()));
                continue;
            }
            var versions = currentCompletions(person, role);
            if (versions.size() == role.requiredModules().size()) {
                grant(person, role, existing.orElseGet(() -> new CertificationEntity(person.value(), role.id(),
                        VerificationCodes.next())), versions);
            }
        }
    }

    /**
     * A certification whose validity ended is renewed by passing the quiz of each required module again: opens that
     * list (modules without a quiz have nothing to re-assess) and tells the person.
     */
    void openRenewal(CertificationEntity certification, Instant now) {
        var role = curriculum.role(certification.getRoleKey()).orElse(null);
        if (role == null) {
            return;
        }
        var withQuiz = curriculum.shapes(role.requiredModules()).entrySet().stream().filter(e -> e.getValue().hasQuiz())
                .map(Map.Entry::getKey).sorted().toList();
        renewals.open(certification.getId(), withQuiz, now);
        notices.audit("RENEWAL_OPENED", new PersonId(certification.getPersonId()), role.id() + ": pass again " + withQuiz);
    }

    private boolean renewalOpen(CertificationEntity certification) {
        return renewals.of(List.of(certification.getId())).stream().anyMatch(m -> m.passedAt() == null);
    }

    /** A quiz passed at the module's current version ticks it off the person's open renewals; the last one renews. */
    @Transactional
    void quizPassed(PersonId person, String moduleId, int version) {
        if (curriculum.module(moduleId).map(ModuleSummary::currentVersion).orElse(-1) != version) {
            return;
        }
        var lapsed = certifications.findByPersonIdAndStatus(person.value(), Status.LAPSED).stream()
                .collect(Collectors.toMap(CertificationEntity::getId, Function.identity()));
        if (renewals.passed(lapsed.keySet(), moduleId, clock.instant()) == 0) {
            return;
        }
        var open = renewals.of(lapsed.keySet()).stream().collect(Collectors.groupingBy(RenewalStore.RenewalModule::certificationId));
        open.forEach((certificationId, modules) -> {
            if (modules.stream().allMatch(m -> m.passedAt() != null)) {
                var certification = lapsed.get(certificationId);
                curriculum.role(certification.getRoleKey()).ifPresent(role -> {
                    var versions = currentCompletions(person, role);
                    if (versions.size() == role.requiredModules().size()) {
                        renewals.clear(certificationId);
                        grant(person, role, certification, versions);
                    }
                });
            }
        });
    }

    /** Every person certified on an older version of the module gets one refresher for this version. */
    @Transactional
    void materialChange(String moduleId, int version) {
        var roles = rolesRequiring(moduleId).stream().collect(Collectors.toMap(RoleOutline::id, Function.identity()));
        if (roles.isEmpty()) {
            return;
        }
        String title = curriculum.module(moduleId).map(ModuleSummary::title).orElse(moduleId);
        var now = clock.instant();
        var affected = certifications.restingOnOlder(moduleId, version, roles.keySet()).stream()
                .sorted(Comparator.comparing(c -> graceEnd(now, roles.get(c.getRoleKey())))).toList();
        for (var certification : affected) {
            var person = new PersonId(certification.getPersonId());
            if (refreshers.existsByPersonIdAndModuleKeyAndToVersion(person.value(), moduleId, version)) {
                continue; // certified in two roles that share the module: one refresher, the shorter grace
            }
            var role = roles.get(certification.getRoleKey());
            int from = certification.getModules().get(moduleId);
            var due = graceEnd(now, role);
            refreshers.save(new RefresherEntity(person.value(), role.id(), moduleId, from, version, due, now));
            notices.audit("REFRESHER_ASSIGNED", person, role.id() + ": " + moduleId + " v" + from + " -> v" + version
                    + ", due " + due);
            notices.tell(person, "Refresher due: " + title, title + " changed. Redo it by "
                    + CertificationNotices.day(due) + " to stay certified as " + role.title() + ".", "refresher/" + moduleId);
        }
    }

    /** A trainer decided a version is a minor change after all: its open refreshers are withdrawn. */
    @Transactional
    void minorChange(String moduleId, int version) {
        for (var refresher : refreshers.findByModuleKeyAndToVersionAndDoneAtIsNull(moduleId, version)) {
            refreshers.delete(refresher);
            notices.audit("REFRESHER_WITHDRAWN", new PersonId(refresher.getPersonId()),
                    moduleId + " v" + version + " was decided minor");
        }
    }

    private void finishRefreshers(PersonId person, String moduleId, int version) {
        var now = clock.instant();
        for (var refresher : refreshers.findByPersonIdAndModuleKeyAndDoneAtIsNull(person.value(), moduleId)) {
            if (refresher.getToVersion() <= version) {
                refresher.done(now);
                notices.audit("REFRESHER_DONE", person, refresher.getRoleKey() + ": " + moduleId + " v" + version);
            }
        }
    }

    private void grant(PersonId person, RoleOutline role, CertificationEntity certification, Map<String, Integer> versions) {
        var now = clock.instant();
        var validUntil = plus(now, role.certificationValidity());
        certification.grant(now, validUntil, versions);
        certifications.save(certification);
        notices.audit("CERTIFICATION_GRANTED", person, role.id() + ", valid until " + validUntil + ", on "
                + new java.util.TreeMap<>(versions));
        notices.tell(person, "You are certified as " + role.title(),
                "Valid until " + CertificationNotices.day(validUntil) + ".", "certificates");
    }

    /** The required modules completed at a version with no material change since, with that version. */
    private Map<String, Integer> currentCompletions(PersonId person, RoleOutline role) {
        var completed = course.completedVersions(person, role.requiredModules());
        return completed.entrySet().stream().filter(e -> !materialChangeSince(e.getKey(), e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private boolean materialChangeSince(String moduleId, int version) {
        return library.versions(moduleId).stream()
                .anyMatch(v -> v.version() > version && v.changeClass() == ChangeClass.MATERIAL);
    }

    private List<RoleOutline> rolesRequiring(String moduleId) {
        return curriculum.roles().stream().filter(role -> role.requiredModules().contains(moduleId)).toList();
    }

    private static Instant graceEnd(Instant now, RoleOutline role) {
        return plus(now, role.gracePeriod());
    }

    static Instant plus(Instant instant, Period period) {
        return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
