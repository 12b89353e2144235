package app.stepwise.quiz.ui;

import app.stepwise.quiz.QuizOverview;
import app.stepwise.quiz.QuizService;
import app.stepwise.quiz.QuizSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;

/**
 * {@code quiz/<module>}: the quiz of a module's current version. Before an attempt it says what to expect
 * (questions, pass mark, attempts left, cooldown); during one it is the {@link QuizPlayer}; after one it
 * shows the result and, if allowed, a way to try again.
 */
@Route("quiz")
@PermitAll
public class QuizView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient QuizService quizzes;
    private String moduleId;
    private String title = "Quiz";

    public QuizView(QuizService quizzes) {
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String moduleId) {
        this.moduleId = moduleId;
        var overview = quizzes.overview(moduleId).orElseThrow(NotFoundException::new);
        title = "Quiz: " + overview.moduleTitle();
        if (overview.attemptInProgress().isPresent()) {
            play(quizzes.start(moduleId));
        } else {
            showOverview(overview);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showOverview(QuizOverview overview) {
        removeAll();
        var heading = new H2(overview.moduleTitle());
        heading.setId("quiz-title");
        add(heading);
        var result = overview.latest().map(latest -> new ResultPanel(quizzes.result(latest.attemptId())));
        result.ifPresent(this::add);
        var intro = new Div();
        intro.addClassNames("card", "quiz-intro");
        intro.setId("quiz-intro");
        if (overview.passed()) {
            intro.add(callout("You passed this quiz. Well done!", "callout-success"));
        } else {
            overview.retakeReason().ifPresent(reason -> intro.add(callout(reason, "callout", "quiz-retake")));
            intro.add(new Paragraph(facts(overview)));
            overview.blockedReason().ifPresent(reason -> intro.add(callout(reason, "callout")));
        }
        if (overview.canStart()) {
            var start = new Button(overview.attempts().isEmpty() ? "Start the quiz" : "Try again", e -> play(quizzes.start(moduleId)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("quiz-start");
            intro.add(start);
        }
        var links = new Div(new Anchor("module/" + moduleId, "Back to the module"), new Anchor("learning", "My learning"));
        links.addClassName("card-links");
        intro.add(links);
        // after a result, the score comes first and the next action right under it, above the questions
        result.ifPresentOrElse(panel -> panel.addBelowScore(intro), () -> add(intro));
    }

    private static String facts(QuizOverview overview) {
        var facts = new ArrayList<String>();
        facts.add(overview.questions() + (overview.questions() == 1 ? " question" : " questions"));
        facts.add("pass mark " + overview.passMark() + "%");
        overview.attemptsLeft().ifPresentOrElse(left -> facts.add(left + " of " + overview.attemptLimit().getAsInt()
                + " attempts left"), () -> facts.add("unlimited attempts"));
        overview.cooldown().ifPresent(cooldown -> facts.add("wait " + cooldown.toMinutes() + " min between attempts"));
        return String.join(" · ", facts) + ". Your answers are saved as you go: you can close the page and come back.";
    }

    private void play(QuizSheet sheet) {
        removeAll();
        add(new QuizPlayer(quizzes, sheet, result -> showOverview(quizzes.overview(moduleId).orElseThrow())));
    }

    private static Paragraph callout(String text, String style) {
        return callout(text, style, "quiz-blocked");
    }

    private static Paragraph callout(String text, String style, String id) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames("callout", style);
        paragraph.setId(id);
        return paragraph;
    }
}
