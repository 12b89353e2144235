package app.stepwise.people.internal;

import app.stepwise.people.PeopleQuery;
import jakarta.persistence.criteria.JoinType;
import java.util.Locale;
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
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + escape(filter.text().trim().toLowerCase(Locale.ROOT)) + "%";
                predicate = cb.and(predicate, cb.or(
                        cb.like(cb.lower(root.get("fullName")), like, '\\'),
                        cb.like(root.get("email"), like, '\\'),
                        cb.like(cb.lower(root.get("jobTitle")), like, '\\')));
            }
            return predicate;
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
