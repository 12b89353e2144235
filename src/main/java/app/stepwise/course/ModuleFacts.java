package app.stepwise.course;

import app.stepwise.content.ModuleShape;
import app.stepwise.practice.PracticeProgress;
import app.stepwise.quiz.QuizStanding;
import java.time.Instant;
import java.util.Set;

/**
 * Everything known about one person and one module's current version, from the course (reading), quiz and
 * practice modules, and the rules that turn it into a status and a next step.
 */
record ModuleFacts(String moduleId, String title, Integer estimateMinutes, ModuleShape shape, Set<String> stepsTicked, Instant readAt,
                   Instant completedAt, QuizStanding quiz, PracticeProgress practice) {

    boolean quizDone() {
        return !shape.hasQuiz() || (quiz != null && quiz.passed());
    }

    boolean practiceDone() {
        return !shape.hasPractice() || (practice != null && practice.complete());
    }

    boolean complete() {
        return completedAt != null || (readAt != null && quizDone() && practiceDone());
    }

    ModuleStatus status() {
        if (complete()) {
            return ModuleStatus.DONE;
        }
        if (practice != null && practice.rejected() > 0) {
            return ModuleStatus.PRACTICE_REJECTED;
        }
        if (practice != null && practice.inReview() > 0) {
            return ModuleStatus.PRACTICE_IN_REVIEW;
        }
        if (shape.hasQuiz() && quiz != null && quiz.passed()) {
            return ModuleStatus.QUIZ_PASSED;
        }
        if (readAt != null) {
            return ModuleStatus.READ;
        }
        return stepsTicked.isEmpty() ? ModuleStatus.NOT_STARTED : ModuleStatus.READING;
    }

    /** What to do next in this module; {@code null} when done or when only a trainer's review is missing. */
    NextStep next() {
        if (complete()) {
            return null;
        }
        if (readAt == null) {
            return new NextStep(moduleId, title, "module/" + moduleId, stepsTicked.isEmpty() ? "Start reading" : "Continue reading");
        }
        if (!quizDone()) {
            return new NextStep(moduleId, title, "quiz/" + moduleId, quiz != null && quiz.inProgress() ? "Finish the quiz" : "Take the quiz");
        }
        boolean somethingToHandIn = practice == null || practice.approved() + practice.inReview() < practice.tasks();
        return somethingToHandIn ? new NextStep(moduleId, title, "practice/" + moduleId, "Do the practice tasks") : null;
    }
}
