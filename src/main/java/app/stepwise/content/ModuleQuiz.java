package app.stepwise.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The quiz of one module version, answers included: for server-side scoring only, never for a browser
 * before the learner has submitted.
 *
 * @param moduleId    module key
 * @param moduleTitle module title, as of this version
 * @param version     module version the questions belong to
 * @param passMark    percent needed to pass
 * @param maxAttempts attempts allowed; empty means unlimited
 * @param cooldown    wait between attempts; empty means none
 * @param questions   the questions in document order
 * @param steps       the version's steps, for links from a question to the step it teaches
 */
public record ModuleQuiz(String moduleId, String moduleTitle, int version, int passMark, OptionalInt maxAttempts,
                         Optional<Duration> cooldown, List<Question> questions, List<Step> steps) {
    public ModuleQuiz {
        questions = List.copyOf(questions);
        steps = List.copyOf(steps);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The number of the step a question teaches, when it names one. */
    public OptionalInt stepNumber(Question question) {
        return question.stepAnchor().flatMap(anchor -> steps.stream().filter(s -> s.anchor().equals(anchor)).findFirst())
                .map(step -> OptionalInt.of(step.number())).orElse(OptionalInt.empty());
    }
}
