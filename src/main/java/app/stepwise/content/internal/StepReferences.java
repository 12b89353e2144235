package app.stepwise.content.internal;

import app.stepwise.content.Step;
import java.util.List;
import java.util.Optional;

/** Resolves a question's {@code Step:} line (a number, an anchor, or an anchor without "step-") to a step anchor. */
final class StepReferences {

    private final List<Step> steps;

    StepReferences(List<Step> steps) {
        this.steps = steps;
    }

    Optional<String> resolve(String reference) {
        String wanted = reference.strip();
        if (wanted.matches("\\d{1,6}")) {
            int number = Integer.parseInt(wanted);
            return number >= 1 && number <= steps.size()
                    ? Optional.of(steps.get(number - 1).anchor()) : Optional.empty();
        }
        String withPrefix = wanted.startsWith("step-") ? wanted : "step-" + wanted;
        return steps.stream().map(Step::anchor)
                .filter(anchor -> anchor.equals(wanted) || anchor.equals(withPrefix))
                .findFirst();
    }

    String describe() {
        if (steps.isEmpty()) {
            return "this module has no steps";
        }
        return "this module's steps are numbered 1 to " + steps.size() + " (or use an anchor such as '"
                + steps.getFirst().anchor() + "')";
    }
}
