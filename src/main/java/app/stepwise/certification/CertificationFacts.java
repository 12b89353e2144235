package app.stepwise.certification;

import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationFactsRepository;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certifications and refreshers for reports: of many people at once (trainers, admins and the system), of one
 * person (also their manager), and grants per month. One query per call, whatever the number of people.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CertificationFacts {
    private final CertificationFactsRepository facts;
    private final PeopleService people;

    CertificationFacts(CertificationFactsRepository facts, PeopleService people) {
        this.facts = facts;
        this.people = people;
    }

    @PreAuthorize(CertificationService.REVOKES)
    public List<CertificationFact> certifications(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return certificationsOf(ids(persons));
    }

    @PreAuthorize(CertificationService.REVOKES)
    public List<RefresherFact> openRefreshers(Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return refreshersOf(ids(persons));
    }

    /** One person's certifications and open refreshers: themselves, their manager, trainers and admins. */
    public PersonCertifications of(PersonId person) {
        var me = CurrentPerson.require();
        if (!me.personId().equals(person) && !me.has(Authority.TRAINER) && !me.has(Authority.ADMIN)) {
            if (!me.has(Authority.MANAGER)) {
                throw new AccessDeniedException("You may not see this person's certifications.");
            }
            people.get(person); // refuses anyone outside the manager's team
        }
        var one = List.of(person.value());
        return new PersonCertifications(certificationsOf(one), refreshersOf(one));
    }

    /** People whose certifications or refreshers changed after the instant. */
    @PreAuthorize(CertificationService.REVOKES)
    public Set<PersonId> changedSince(Instant since) {
        var changed = new TreeSet<Long>(facts.findCertificationsChangedSince(since));
        changed.addAll(facts.findRefreshersChangedSince(since));
        return changed.stream().map(PersonId::new).collect(Collectors.toSet());
    }

    /** Certifications granted (or last renewed) per month, UTC, from {@code from} to {@code to}, months without any included. */
    @PreAuthorize(CertificationService.REVOKES)
    public List<GrantsInMonth> grantsPerMonth(YearMonth from, YearMonth to) {
        var counts = new HashMap<YearMonth, Long>();
        for (Object[] row : facts.countGrantsByMonth(from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue());
        }
        var months = new ArrayList<GrantsInMonth>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new GrantsInMonth(month, counts.getOrDefault(month, 0L)));
        }
        return months;
    }

    private List<CertificationFact> certificationsOf(List<Long> persons) {
        return facts.findByPeople(persons).stream().map(c -> new CertificationFact(c.id(), new PersonId(c.personId()),
                c.roleKey(), stored(c.status()), c.grantedAt(), c.validUntil())).toList();
    }

    private List<RefresherFact> refreshersOf(List<Long> persons) {
        return facts.findOpenRefreshers(persons).stream().map(r -> new RefresherFact(new PersonId(r.personId()),
                r.roleKey(), r.moduleKey(), r.toVersion(), r.dueAt())).toList();
    }

    private static CertificationStatus stored(CertificationEntity.Status status) {
        return switch (status) {
            case GRANTED -> CertificationStatus.VALID;
            case LAPSED -> CertificationStatus.LAPSED;
            case REVOKED -> CertificationStatus.REVOKED;
        };
    }

    private static List<Long> ids(Collection<PersonId> persons) {
        return persons.stream().map(PersonId::value).toList();
    }
}
