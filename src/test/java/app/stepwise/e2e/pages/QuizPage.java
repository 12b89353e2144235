package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code quiz/<module>}: the intro, the one-question-per-screen player and the result. */
public class QuizPage extends AppShell {
    public QuizPage(WebDriver driver) {
        super(driver);
        wait.until(d -> !d.findElements(By.id("quiz-title")).isEmpty() || !d.findElements(By.id("quiz-player")).isEmpty());
    }

    public static QuizPage open(WebDriver driver, String baseUrl, String moduleId) {
        driver.get(baseUrl + "/quiz/" + moduleId);
        return new QuizPage(driver);
    }

    public QuizPage start() {
        click(By.id("quiz-start"));
        visible(By.id("quiz-player"));
        return this;
    }

    public String prompt() {
        return visible(By.id("question-prompt")).getText();
    }

    public String position() {
        return visible(By.id("quiz-position")).getText();
    }

    /** Chooses the options (radio or checkbox) whose label is one of {@code texts}, waiting for each save. */
    public QuizPage choose(int question, List<String> texts) {
        for (WebElement option : driver.findElements(By.cssSelector("#answer-" + question + " vaadin-radio-button, #answer-" + question + " vaadin-checkbox"))) {
            if (texts.contains(option.getText().strip())) {
                int before = saves();
                var input = option.findElement(By.cssSelector("input"));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                input.click();
                savedAfter(before);
            }
        }
        return this;
    }

    public QuizPage typeAnswer(int question, String text) {
        int before = saves();
        type("answer-" + question, text);
        return savedAfter(before);
    }

    /** Moves items with the keyboard-accessible up buttons until they stand in {@code order}. */
    public QuizPage order(int question, List<String> order) {
        for (int target = 0; target < order.size(); target++) {
            String moving = order.get(target);
            for (int row = items(question).indexOf(moving); row > target; row--) {
                int destination = row - 1;
                int before = saves();
                click(By.cssSelector("#order-" + question + "-" + row + " .move-up"));
                wait.until(d -> moving.equals(items(question).get(destination)));
                savedAfter(before);
            }
        }
        return this;
    }

    /** The ordering items as they stand, read in one script so a re-render cannot leave stale elements. */
    @SuppressWarnings("unchecked")
    public List<String> items(int question) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim())",
                "#answer-" + question + " .ordering-text");
    }

    public QuizPage next() {
        String before = position();
        click(By.id("quiz-next"));
        wait.until(d -> !position().equals(before));
        return this;
    }

    /** Goes to the review screen and submits, confirming when questions are unanswered. */
    public QuizPage submit() {
        click(By.cssSelector(".quiz-shortcuts vaadin-button[aria-label='Review answers']"));
        click(By.id("quiz-submit"));
        By confirm = By.cssSelector("#quiz-confirm vaadin-button[slot='confirm-button']");
        wait.until(d -> !d.findElements(By.id("quiz-score")).isEmpty() || !d.findElements(confirm).isEmpty());
        if (driver.findElements(By.id("quiz-score")).isEmpty()) {
            click(confirm);
        }
        visible(By.id("quiz-score"));
        return this;
    }

    /** Answers every question of the quiz correctly, one screen after another. */
    public QuizPage answerCorrectly(app.stepwise.content.ModuleQuiz quiz) {
        for (var question : quiz.questions()) {
            var texts = question.options().stream().map(app.stepwise.content.AnswerOption::text).toList();
            switch (question.type()) {
                case SHORT_ANSWER -> typeAnswer(question.number(), question.acceptedAnswers().getFirst());
                case ORDERING -> order(question.number(), texts);
                default -> choose(question.number(), question.options().stream()
                        .filter(app.stepwise.content.AnswerOption::correct).map(app.stepwise.content.AnswerOption::text).toList());
            }
            if (question.number() < quiz.questions().size()) {
                next();
            }
        }
        return this;
    }

    /** The text of a wrong option of a choice question. */
    public static String wrongOption(app.stepwise.content.Question question) {
        return question.options().stream().filter(o -> !o.correct()).map(app.stepwise.content.AnswerOption::text)
                .findFirst().orElseThrow();
    }

    public String score() {
        return visible(By.id("quiz-score")).getText();
    }

    public String verdict() {
        return visible(By.id("quiz-verdict")).getText();
    }

    public String outcome(int question) {
        return visible(By.id("outcome-" + question)).getText();
    }

    public ReaderPage followStepLink(int question) {
        click(By.cssSelector("#outcome-" + question + " .step-link"));
        return new ReaderPage(driver);
    }

    /** Why the quiz cannot be started now, as the intro says. */
    public String blockedReason() {
        return visible(By.id("quiz-blocked")).getText();
    }

    /** The intro's facts: questions, pass mark, attempts left. */
    public String intro() {
        return visible(By.id("quiz-intro")).getText();
    }

    public boolean canStart() {
        return isShown(By.id("quiz-start"));
    }

    public QuizPage tryAgain() {
        return start();
    }

    /** How many answers the player saved so far (the player counts them for tests). */
    private int saves() {
        String count = present(By.id("quiz-saved")).getDomAttribute("data-saves");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private QuizPage savedAfter(int before) {
        wait.until(d -> saves() > before);
        return this;
    }
}
