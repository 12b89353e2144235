package app.stepwise.studio;

import app.stepwise.content.ModulePublishing;
import app.stepwise.content.ModuleSource;
import app.stepwise.content.Question;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagFilter;
import app.stepwise.feedback.FlagStatus;
import app.stepwise.feedback.StepFlag;
import app.stepwise.quiz.QuizService;
import app.stepwise.quiz.QuizStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learner flags and weak quiz questions of a module's current version, gathered once when a trainer opens the
 * module in the studio (from the feedback and quiz modules' own services).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(StudioDrafts.TRAINERS)
public class StudioInsights {
    /** Below this share of fully correct answers a question is marked... */
    static final double LOW_CORRECT_PERCENT = 60;
    /** ...once at least this many learners answered it (fewer say little). */
    static final long MIN_RESPONSES = 3;
    static final int MAX_FLAGS = 200;

    private final ModulePublishing publishing;
    private final FeedbackService feedback;
    private final QuizService quizzes;

    StudioInsights(ModulePublishing publishing, FeedbackService feedback, QuizService quizzes) {
        this.publishing = publishing;
        this.feedback = feedback;
        this.quizzes = quizzes;
    }

    public ModuleInsights of(String moduleKey) {
        var current = publishing.currentSource(moduleKey);
        if (current.isEmpty()) {
            return ModuleInsights.none();
        }
        Map<String, List<StepFlag>> flags = feedback.queue(new FlagFilter(moduleKey, FlagStatus.UNRESOLVED), 0, MAX_FLAGS)
                .stream().collect(Collectors.groupingBy(StepFlag::stepAnchor, LinkedHashMap::new, Collectors.toList()));
        return new ModuleInsights(flags, rates(moduleKey, current.get()));
    }

    private Map<String, ModuleInsights.QuestionRate> rates(String moduleKey, ModuleSource current) {
        if (!quizzes.versionsWithAttempts(moduleKey).contains(current.version())) {
            return Map.of();
        }
        QuizStatistics statistics = quizzes.statistics(moduleKey, current.version());
        Map<String, ModuleInsights.QuestionRate> rates = new LinkedHashMap<>();
        for (var question : statistics.questions()) {
            boolean low = question.responses() >= MIN_RESPONSES && question.correctPercent() < LOW_CORRECT_PERCENT;
            rates.put(Question.normaliseAnswer(question.prompt()), new ModuleInsights.QuestionRate(question.prompt(),
                    question.responses(), question.correctPercent(), low));
        }
        return rates;
    }
}
