package app.stepwise.quiz;

import java.util.List;
import java.util.Optional;

/**
 * How a module version's quiz went: attempts, pass rate, and per question the share answered fully
 * correctly and the most chosen wrong answer, so a trainer sees which step the doc explains badly.
 */
public record QuizStatistics(String moduleId, String moduleTitle, int version, long attempts, long learners,
                             double passRatePercent, List<QuestionStatistics> questions) {
    public QuizStatistics {
        questions = List.copyOf(questions);
    }

    public record QuestionStatistics(int number, String prompt, Optional<Integer> stepNumber,
                                     Optional<String> stepAnchor, long responses, double correctPercent,
                                     Optional<String> mostChosenWrong, long mostChosenWrongCount) {
    }
}
