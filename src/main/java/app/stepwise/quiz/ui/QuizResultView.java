package app.stepwise.quiz.ui;

import app.stepwise.quiz.QuizService;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** {@code quiz-result/<attempt>}: one submitted attempt, for its learner and for trainers. */
@Route("quiz-result")
@PageTitle("Quiz result")
@PermitAll
public class QuizResultView extends Div implements HasUrlParameter<Long> {
    private final transient QuizService quizzes;

    public QuizResultView(QuizService quizzes) {
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        try {
            var result = quizzes.result(attemptId);
            removeAll();
            var heading = new H2(result.moduleTitle() + " · " + result.learnerName());
            heading.setId("quiz-title");
            add(heading, new ResultPanel(result), new Anchor("module/" + result.moduleId(), "Open the module"));
        } catch (InvalidInputException notThere) {
            throw new NotFoundException(); // someone else's attempt looks exactly like a missing one
        }
    }
}
