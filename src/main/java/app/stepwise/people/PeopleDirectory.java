package app.stepwise.people;

import app.stepwise.people.internal.PersonDirectoryRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and people in bulk, for progress reports: a manager reads their own team, trainers and admins any
 * team and everyone. One query per call, whatever the number of people.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.MANAGER + "', '" + Authority.Names.ADMIN + "')")
public class PeopleDirectory {
    static final String READS_EVERYONE = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";

    private final PersonDirectoryRepository people;

    PeopleDirectory(PersonDirectoryRepository people) {
        this.people = people;
    }

    /** The active people reporting to the manager, by name: the manager themselves, trainers and admins. */
    public List<PersonSnapshot> team(PersonId manager) {
        requireOwnTeamUnlessReadsEveryone(manager);
        return people.findActiveReports(manager.value()).stream().map(PeopleDirectory::snapshot).toList();
    }

    /** Whether the person is an active member of the manager's team (people who report to them). */
    public boolean manages(PersonId manager, PersonId person) {
        requireOwnTeamUnlessReadsEveryone(manager);
        return people.countReport(manager.value(), person.value()) > 0;
    }

    /** One person: for their manager, trainers and admins; empty when there is no such person. */
    public java.util.Optional<PersonSnapshot> person(PersonId id) {
        var found = people.findRows(List.of(id.value())).stream().map(PeopleDirectory::snapshot).findFirst();
        if (!readsEveryone() && found.map(p -> !CurrentPerson.require().personId().equals(p.managerId())).orElse(true)) {
            throw new AccessDeniedException("Managers see their own team only.");
        }
        return found;
    }

    /** Active people with at least one active report, by name. */
    @PreAuthorize(READS_EVERYONE)
    public List<PersonSnapshot> managers() {
        return people.findActiveManagers().stream().map(PeopleDirectory::snapshot).toList();
    }

    /** The people with these ids, in one query; unknown ids are left out. */
    @PreAuthorize(READS_EVERYONE)
    public Map<PersonId, PersonSnapshot> snapshots(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findRows(ids.stream().map(PersonId::value).toList()).stream().map(PeopleDirectory::snapshot)
                .collect(Collectors.toMap(PersonSnapshot::id, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    /** People whose name, email, job title or start date changed after the instant. */
    @PreAuthorize(READS_EVERYONE)
    public Set<PersonId> changedSince(Instant since) {
        return people.findChangedSince(since).stream().map(PersonId::new).collect(Collectors.toSet());
    }

    @PreAuthorize(READS_EVERYONE)
    public long countActive() {
        return people.countActive();
    }

    private static void requireOwnTeamUnlessReadsEveryone(PersonId manager) {
        if (!readsEveryone() && !CurrentPerson.require().personId().equals(manager)) {
            throw new AccessDeniedException("Managers see their own team only.");
        }
    }

    private static boolean readsEveryone() {
        var me = CurrentPerson.require();
        return me.has(Authority.TRAINER) || me.has(Authority.ADMIN);
    }

    private static PersonSnapshot snapshot(PersonDirectoryRepository.Row row) {
        return new PersonSnapshot(new PersonId(row.id()), row.name(), row.email(), row.jobTitle(),
                row.managerId() == null ? null : new PersonId(row.managerId()), row.managerName(), row.active());
    }
}
