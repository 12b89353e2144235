package app.stepwise.studio;

import app.stepwise.feedback.StepFlag;
import java.util.List;
import java.util.Map;

/**
 * Where learners stumble in a module's current version, for the trainer editing it.
 *
 * @param openFlags      unresolved learner flags, by step anchor
 * @param questionRates  quiz outcomes of the current version, by normalised question prompt
 */
public record ModuleInsights(Map<String, List<StepFlag>> openFlags, Map<String, QuestionRate> questionRates) {

    public ModuleInsights {
        openFlags = Map.copyOf(openFlags);
        questionRates = Map.copyOf(questionRates);
    }

    public static ModuleInsights none() {
        return new ModuleInsights(Map.of(), Map.of());
    }

    public int flagCount() {
        return openFlags.values().stream().mapToInt(List::size).sum();
    }

    /**
     * How one question went.
     *
     * @param low true when enough learners answered and too few got it fully right: the step may explain it badly
     */
    public record QuestionRate(String prompt, long responses, double correctPercent, boolean low) {
    }
}
