package app.stepwise.quiz;

import app.stepwise.shared.PersonId;
import java.util.Optional;

/**
 * Implemented by modules that ask a person to pass a quiz they already passed once more (certification: the quizzes
 * of an expired certification's renewal). Without such a reason a passed quiz takes no further attempt. Lets the
 * quiz module ask without depending on the modules that answer.
 */
public interface QuizRetakes {
    /** Why the person is to pass the quiz of the module's current version again, said to them; empty if not. */
    Optional<String> reason(PersonId person, String moduleId);
}
