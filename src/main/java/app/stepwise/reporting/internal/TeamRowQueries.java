package app.stepwise.reporting.internal;

import app.stepwise.certification.CertificationStatus;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.reporting.TeamQuery;
import app.stepwise.reporting.TeamRow;
import app.stepwise.reporting.TeamSort;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.persistence.LikePatterns;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The team grid on the progress summary: filtered, ordered and paged by the database, one query per page and one
 * for the count, whatever the size of the team or the number of modules.
 */
@Component
public class TeamRowQueries {
    private final RoleProgressRepository rows;
    private final EntityManager entityManager;

    TeamRowQueries(RoleProgressRepository rows, EntityManager entityManager) {
        this.rows = rows;
        this.entityManager = entityManager;
    }

    /** A page of rows; {@code people} are the people in scope, null for everyone active. */
    public List<TeamRow> page(TeamQuery query, Collection<PersonId> people, Moment moment, int offset, int limit) {
        if (people != null && people.isEmpty()) {
            return List.of();
        }
        // Not the repository's findAll(spec, page): that counts the rows too whenever the page is full.
        var cb = entityManager.getCriteriaBuilder();
        var select = cb.createQuery(RoleProgressEntity.class);
        var root = select.from(RoleProgressEntity.class);
        select.where(matching(query, people, moment).toPredicate(root, select, cb))
                .orderBy(QueryUtils.toOrders(order(query.sort(), query.descending()), root, cb));
        return entityManager.createQuery(select).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList().stream().map(r -> row(r, moment)).toList();
    }

    public long count(TeamQuery query, Collection<PersonId> people, Moment moment) {
        return people != null && people.isEmpty() ? 0 : rows.count(matching(query, people, moment));
    }

    /** Those of the people who are enrolled in or certified for at least one role. */
    public Set<PersonId> peopleWithRoles(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return rows.findPeopleWithRows(people.stream().map(PersonId::value).toList()).stream().map(PersonId::new)
                .collect(Collectors.toSet());
    }

    static Specification<RoleProgressEntity> matching(TeamQuery query, Collection<PersonId> people, Moment moment) {
        return (row, criteria, cb) -> {
            var conditions = new ProgressConditions(row, cb, moment);
            var where = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            where.add(people == null ? cb.isTrue(row.get("active"))
                    : row.get("personId").in(people.stream().map(PersonId::value).toList()));
            if (query.text() != null) {
                String like = LikePatterns.containing(query.text());
                where.add(cb.or(cb.like(cb.lower(row.get("personName")), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(row.get("personEmail")), like, LikePatterns.ESCAPE)));
            }
            if (query.roleId() != null) {
                where.add(cb.equal(row.get("roleKey"), query.roleId()));
            }
            if (query.status() != null) {
                where.add(conditions.of(query.status()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static Sort order(TeamSort sort, boolean descending) {
        String first = switch (sort) {
            case NAME -> "personName";
            case ROLE -> "roleTitle";
            case PERCENT -> "percentComplete";
            case DUE_DATE -> "dueDate";
            case VALID_UNTIL -> "validUntil";
        };
        var direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        // Ties by name, role and the key, so that pages never repeat or skip a row; by name it is the index's order.
        var ties = java.util.stream.Stream.of("personName", "roleTitle", "personId", "roleKey").filter(p -> !p.equals(first));
        return Sort.by(direction, first).and(Sort.by(ties.toArray(String[]::new)));
    }

    static TeamRow row(RoleProgressEntity r, Moment moment) {
        var certification = certification(r, moment);
        boolean certified = certification == CertificationStatus.VALID;
        boolean overdue = r.isEnrolled() && r.getDueDate() != null && r.getDueDate().isBefore(moment.today()) && !certified;
        boolean expiring = certified && !r.getValidUntil().isAfter(moment.expiringBefore());
        return new TeamRow(new PersonId(r.getPersonId()), r.getPersonName(), r.getPersonEmail(), r.getRoleKey(),
                r.getRoleTitle(), r.isEnrolled(), r.getPurpose() == null ? null : EnrolmentPurpose.valueOf(r.getPurpose()),
                r.getDueDate(), r.getRequiredModules(), r.getCompletedModules(), r.getStartedModules(), r.getPercentComplete(),
                certification, r.getValidUntil(), r.getRefresherDueAt(), overdue, expiring);
    }

    private static CertificationStatus certification(RoleProgressEntity r, Moment moment) {
        if (r.getCertificationStatus() == null) {
            return null;
        }
        return switch (r.getCertificationStatus()) {
            case RoleProgressEntity.GRANTED -> r.getValidUntil().isAfter(moment.now())
                    ? CertificationStatus.VALID : CertificationStatus.LAPSED;
            case RoleProgressEntity.REVOKED -> CertificationStatus.REVOKED;
            default -> CertificationStatus.LAPSED;
        };
    }
}
