package app.stepwise.people.internal;

import app.stepwise.people.PeopleQuery;
import app.stepwise.shared.persistence.LikePatterns;
import jakarta.persistence.criteria.JoinType;
import org.springframework.data.jpa.domain.Specification;

/** Turns the people filter into a query; fetches each person's manager in the same query. */
public final class PersonSpecifications {
    private PersonSpecifications() {
    }

    public static Specification<PersonEntity> matching(PeopleQuery filter) {
        return (root, query, cb) -> {
            boolean isCount = Long.class.equals(query.getResultType()) || long.class.equals(query.getResultType());
            if (!isCount) {
                root.fetch("manager", JoinType.LEFT);
            }
            var predicate = cb.conjunction();
            if (!filter.includeInactive()) {
                predicate = cb.and(predicate, cb.isTrue(root.get("active")));
            }
            if (filter.authority() != null) {
                predicate = cb.and(predicate, cb.isMember(filter.authority(), root.get("authorities")));
            }
            String like = LikePatterns.containing(filter.text());
            if (like != null) {
                predicate = cb.and(predicate, cb.or(
                        cb.like(cb.lower(root.get("fullName")), like, LikePatterns.ESCAPE),
                        cb.like(root.get("email"), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("jobTitle")), like, LikePatterns.ESCAPE)));
            }
            return predicate;
        };
    }

}
