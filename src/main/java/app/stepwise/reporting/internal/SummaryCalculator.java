package app.stepwise.reporting.internal;

import app.stepwise.certification.CertificationFact;
import app.stepwise.certification.CertificationStatus;
import app.stepwise.certification.RefresherFact;
import app.stepwise.course.EnrolmentFact;
import app.stepwise.course.ProgressFact;
import app.stepwise.people.PersonSnapshot;
import app.stepwise.quiz.QuizPass;
import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the facts of some people into their summary rows: one row per role they are enrolled in or certified for.
 * A module counts at its current version only, as in My learning: started once there is a progress row (a step
 * ticked or the module read) or a passed quiz, completed once that row records the completion.
 */
final class SummaryCalculator {
    private final RoleCatalog catalog;
    private final Set<String> started = new HashSet<>();
    private final Set<String> completed = new HashSet<>();
    private final Set<String> passed = new HashSet<>();

    SummaryCalculator(RoleCatalog catalog, List<ProgressFact> progress, List<QuizPass> passes) {
        this.catalog = catalog;
        for (var fact : progress) {
            if (current(fact.moduleId(), fact.version())) {
                started.add(key(fact.person(), fact.moduleId()));
                if (fact.completed()) {
                    completed.add(key(fact.person(), fact.moduleId()));
                }
            }
        }
        for (var pass : passes) {
            if (current(pass.moduleId(), pass.version())) {
                passed.add(key(pass.person(), pass.moduleId()));
            }
        }
    }

    List<SummaryRow> rows(Map<PersonId, PersonSnapshot> people, List<EnrolmentFact> enrolments,
                          List<CertificationFact> certifications, List<RefresherFact> refreshers) {
        var enrolled = new HashMap<String, EnrolmentFact>();
        enrolments.forEach(e -> enrolled.put(key(e.person(), e.roleId()), e));
        var certified = new HashMap<String, CertificationFact>();
        certifications.forEach(c -> certified.put(key(c.person(), c.roleId()), c));
        var refresherDue = new HashMap<String, Instant>();
        refreshers.forEach(r -> refresherDue.merge(key(r.person(), r.roleId()), r.dueAt(), (a, b) -> a.isBefore(b) ? a : b));
        var roles = new HashMap<PersonId, Set<String>>();
        enrolments.forEach(e -> roles.computeIfAbsent(e.person(), p -> new TreeSet<>()).add(e.roleId()));
        certifications.forEach(c -> roles.computeIfAbsent(c.person(), p -> new TreeSet<>()).add(c.roleId()));
        var rows = new ArrayList<SummaryRow>();
        roles.forEach((person, roleIds) -> {
            var snapshot = people.get(person);
            if (snapshot != null) {
                roleIds.forEach(roleId -> rows.add(row(snapshot, roleId, enrolled.get(key(person, roleId)),
                        certified.get(key(person, roleId)), refresherDue.get(key(person, roleId)))));
            }
        });
        return rows;
    }

    private SummaryRow row(PersonSnapshot person, String roleId, EnrolmentFact enrolment, CertificationFact certification,
                           Instant refresherDueAt) {
        var modules = catalog.requiredModules(roleId);
        int begun = 0;
        int quizzes = 0;
        int done = 0;
        for (String module : modules) {
            String key = key(person.id(), module);
            boolean complete = completed.contains(key);
            boolean quizPassed = passed.contains(key);
            begun += started.contains(key) || quizPassed ? 1 : 0;
            quizzes += complete || quizPassed || !catalog.hasQuiz(module) ? 1 : 0;
            done += complete ? 1 : 0;
        }
        return new SummaryRow(person.id().value(), roleId, person.name(), person.email(), person.active(),
                catalog.title(roleId), catalog.fingerprint(roleId).orElse("-"), enrolment != null,
                enrolment == null ? null : enrolment.purpose().name(), enrolment == null ? null : enrolment.dueDate(),
                modules.size(), begun, quizzes, done, certification == null ? null : stored(certification.stored()),
                certification == null ? null : certification.validUntil(), refresherDueAt);
    }

    private boolean current(String moduleId, int version) {
        return catalog.allRequiredModules().contains(moduleId) && catalog.currentVersion(moduleId) == version;
    }

    private static String stored(CertificationStatus status) {
        return switch (status) {
            case VALID -> RoleProgressEntity.GRANTED;
            case LAPSED -> RoleProgressEntity.LAPSED;
            case REVOKED -> RoleProgressEntity.REVOKED;
        };
    }

    private static String key(PersonId person, String id) {
        return person.value() + "\u0000" + id;
    }
}
