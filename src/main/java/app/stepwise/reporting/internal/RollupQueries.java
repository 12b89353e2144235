package app.stepwise.reporting.internal;

import app.stepwise.reporting.Funnel;
import app.stepwise.reporting.ProgressCounts;
import app.stepwise.reporting.ProgressFilter;
import app.stepwise.reporting.RoleRollup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts over the progress summary, per role or for everyone, in one aggregate query each: the conditions are
 * those of the team grid's filters ({@link ProgressConditions}).
 */
@Component
public class RollupQueries {
    private final EntityManager entityManager;

    RollupQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One row per role with rows (active people only), by title; {@code roleId} narrows to one role when not null. */
    public List<RoleRollup> perRole(Moment moment, String roleId) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var row = query.from(RoleProgressEntity.class);
        var conditions = new ProgressConditions(row, cb, moment);
        var selections = new ArrayList<Selection<?>>(List.of(row.get("roleKey"), row.get("roleTitle")));
        selections.addAll(counts(cb, conditions, row.get("percentComplete")));
        var where = new ArrayList<Predicate>(List.of(cb.isTrue(row.get("active"))));
        if (roleId != null) {
            where.add(cb.equal(row.get("roleKey"), roleId));
        }
        query.multiselect(selections).where(where.toArray(Predicate[]::new))
                .groupBy(row.get("roleKey"), row.get("roleTitle")).orderBy(cb.asc(row.get("roleTitle")));
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new RoleRollup(t.get(0, String.class), t.get(1, String.class), counts(t, 2))).toList();
    }

    /** Counts over every active person's rows, and how many distinct people have rows. */
    public Everyone everyone(Moment moment) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var row = query.from(RoleProgressEntity.class);
        var conditions = new ProgressConditions(row, cb, moment);
        var selections = new ArrayList<Selection<?>>(List.of(cb.countDistinct(row.get("personId"))));
        selections.addAll(counts(cb, conditions, row.get("percentComplete")));
        query.multiselect(selections).where(cb.isTrue(row.get("active")));
        var tuple = entityManager.createQuery(query).getSingleResult();
        return new Everyone(number(tuple, 0), counts(tuple, 1));
    }

    /** Distinct people with rows, and the counts over all rows. */
    public record Everyone(long people, ProgressCounts counts) {
    }

    private static List<Selection<?>> counts(CriteriaBuilder cb, ProgressConditions c, Expression<Integer> percent) {
        var enrolled = c.enrolled();
        return List.of(sum(cb, enrolled), sum(cb, c.of(ProgressFilter.NOT_STARTED)), sum(cb, c.of(ProgressFilter.IN_PROGRESS)),
                sum(cb, c.certified()), sum(cb, c.of(ProgressFilter.LAPSED)), sum(cb, c.of(ProgressFilter.OVERDUE)),
                sum(cb, c.of(ProgressFilter.EXPIRING)), sum(cb, c.of(ProgressFilter.REFRESHER_DUE)),
                cb.avg(cb.<Integer>selectCase().when(enrolled, percent).otherwise(cb.nullLiteral(Integer.class))),
                sum(cb, c.started()), sum(cb, c.quizzesPassed()), sum(cb, c.completed()), sum(cb, cb.and(enrolled, c.certified())));
    }

    private static Expression<Integer> sum(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Integer>selectCase().when(condition, 1).otherwise(0));
    }

    private static ProgressCounts counts(Tuple t, int from) {
        long enrolled = number(t, from);
        Object average = t.get(from + 8);
        return new ProgressCounts(enrolled, number(t, from + 1), number(t, from + 2), number(t, from + 3),
                number(t, from + 4), number(t, from + 5), number(t, from + 6), number(t, from + 7),
                average == null ? 0 : ((Number) average).doubleValue(),
                new Funnel(enrolled, number(t, from + 9), number(t, from + 10), number(t, from + 11), number(t, from + 12)));
    }

    private static long number(Tuple t, int index) {
        Object value = t.get(index);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
