package app.stepwise.practice.internal;

import app.stepwise.practice.SubmissionStatus;
import app.stepwise.shared.persistence.LikePatterns;
import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;

/** The review queue as a query: submissions waiting for sign-off, optionally of some modules and some learners. */
public final class ReviewQueueSpecifications {
    private ReviewQueueSpecifications() {
    }

    /**
     * @param moduleKeys null for any module; otherwise a non-empty set
     * @param personText part of the learner's name or email; blank for anyone
     */
    public static Specification<PracticeSubmissionEntity> waiting(Collection<String> moduleKeys, String personText) {
        return (root, query, cb) -> {
            var predicate = cb.equal(root.get("status"), SubmissionStatus.SUBMITTED);
            if (moduleKeys != null) {
                predicate = cb.and(predicate, root.get("moduleKey").in(moduleKeys));
            }
            String like = LikePatterns.containing(personText);
            if (like != null) {
                predicate = cb.and(predicate, cb.or(
                        cb.like(cb.lower(root.get("learnerName")), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("learnerEmail")), like, LikePatterns.ESCAPE)));
            }
            return predicate;
        };
    }
}
