package app.stepwise.reporting.internal;

import app.stepwise.reporting.ProgressFilter;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The states of a summary row as query conditions, defined once for the grid's filters and the dashboards'
 * counts. Each condition is false, never unknown, when a column is null, so that "not certified" is true for
 * someone never certified.
 */
final class ProgressConditions {
    private final Root<RoleProgressEntity> row;
    private final CriteriaBuilder cb;
    private final Moment moment;

    ProgressConditions(Root<RoleProgressEntity> row, CriteriaBuilder cb, Moment moment) {
        this.row = row;
        this.cb = cb;
        this.moment = moment;
    }

    Predicate of(ProgressFilter filter) {
        return switch (filter) {
            case OVERDUE -> cb.and(enrolled(), cb.isNotNull(row.get("dueDate")),
                    cb.lessThan(row.get("dueDate"), moment.today()), cb.not(certified()));
            case NOT_STARTED -> cb.and(enrolled(), cb.equal(row.get("startedModules"), 0), cb.not(certified()));
            case IN_PROGRESS -> cb.and(enrolled(), cb.greaterThan(row.get("startedModules"), 0), cb.not(certified()));
            case CERTIFIED -> certified();
            case EXPIRING -> cb.and(certified(), cb.lessThanOrEqualTo(row.get("validUntil"), moment.expiringBefore()));
            case REFRESHER_DUE -> cb.isNotNull(row.get("refresherDueAt"));
            case LAPSED -> cb.or(status(RoleProgressEntity.LAPSED), cb.and(status(RoleProgressEntity.GRANTED),
                    cb.isNotNull(row.get("validUntil")), cb.lessThanOrEqualTo(row.get("validUntil"), moment.now())));
            case REVOKED -> status(RoleProgressEntity.REVOKED);
        };
    }

    Predicate enrolled() {
        return cb.isTrue(row.get("enrolled"));
    }

    Predicate certified() {
        return cb.and(status(RoleProgressEntity.GRANTED), cb.isNotNull(row.get("validUntil")),
                cb.greaterThan(row.get("validUntil"), moment.now()));
    }

    /** Enrolled and at least one required module begun. */
    Predicate started() {
        return cb.and(enrolled(), cb.greaterThan(row.get("startedModules"), 0));
    }

    /** Started, and every required module's quiz passed (or the module done, or without a quiz). */
    Predicate quizzesPassed() {
        return cb.and(started(), cb.equal(row.get("quizzesPassed"), row.get("requiredModules")));
    }

    /** Enrolled and every required module complete at its current version. */
    Predicate completed() {
        return cb.and(enrolled(), cb.greaterThan(row.get("requiredModules"), 0),
                cb.equal(row.get("completedModules"), row.get("requiredModules")));
    }

    private Predicate status(String stored) {
        return cb.and(cb.isNotNull(row.get("certificationStatus")), cb.equal(row.get("certificationStatus"), stored));
    }
}
