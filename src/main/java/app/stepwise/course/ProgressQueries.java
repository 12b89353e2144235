package app.stepwise.course;

import app.stepwise.course.internal.CourseFactsRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments and progress of many people at once, for reports (trainers, admins and the system): one query
 * per call whatever the number of people or modules, rows without names.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class ProgressQueries {
    private final CourseFactsRepository facts;

    ProgressQueries(CourseFactsRepository facts) {
        this.facts = facts;
    }

    public List<EnrolmentFact> enrolments(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return facts.findEnrolments(ids(people)).stream().map(e -> new EnrolmentFact(new PersonId(e.personId()),
                e.roleKey(), e.purpose(), e.dueDate(), e.enrolledAt())).toList();
    }

    /**
     * Enrolled people by id after {@code afterId}, at most {@code limit}, for walking through everyone in
     * chunks; {@code roleIds} narrows them to some roles ({@code null}: any role).
     */
    public List<PersonId> enrolledPeople(Collection<String> roleIds, long afterId, int limit) {
        var page = PageRequest.of(0, limit);
        if (roleIds != null && roleIds.isEmpty()) {
            return List.of();
        }
        var ids = roleIds == null ? facts.findEnrolledPeople(afterId, page) : facts.findEnrolledPeople(roleIds, afterId, page);
        return ids.stream().map(PersonId::new).toList();
    }

    /**
     * The progress rows of these people in these modules, every version. Selected by person only: a list of
     * people times a list of modules makes MariaDB's range optimizer give up and read the whole table.
     */
    public List<ProgressFact> progress(Collection<PersonId> people, Collection<String> moduleIds) {
        if (people.isEmpty() || moduleIds.isEmpty()) {
            return List.of();
        }
        var wanted = moduleIds instanceof Set<String> set ? set : Set.copyOf(moduleIds);
        return facts.findProgress(ids(people)).stream().filter(p -> wanted.contains(p.moduleKey()))
                .map(p -> new ProgressFact(new PersonId(p.personId()), p.moduleKey(), p.moduleVersion(), p.completedAt())).toList();
    }

    /** People whose progress or enrolments changed after the instant. */
    public Set<PersonId> changedSince(Instant since) {
        var changed = new TreeSet<Long>(facts.findPeopleWithProgressSince(since));
        changed.addAll(facts.findPeopleEnrolledSince(since));
        return changed.stream().map(PersonId::new).collect(java.util.stream.Collectors.toSet());
    }

    /** Modules with progress changes after the instant. */
    public Set<String> modulesChangedSince(Instant since) {
        return new TreeSet<>(facts.findModulesWithProgressSince(since));
    }

    /** Per module and version, how many people started and completed it. */
    public List<ModuleCounts> moduleCounts(Collection<String> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return facts.countByModule(moduleIds).stream().map(row -> new ModuleCounts((String) row[0],
                ((Number) row[1]).intValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }

    private static List<Long> ids(Collection<PersonId> people) {
        return people.stream().map(PersonId::value).toList();
    }
}
