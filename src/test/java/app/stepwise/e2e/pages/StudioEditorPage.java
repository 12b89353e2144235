package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The studio editor: the Markdown source, its problems, the preview tabs and publishing. */
public class StudioEditorPage extends AppShell {
    public StudioEditorPage(WebDriver driver) {
        super(driver);
        visible(By.cssSelector("#studio-source textarea"));
        visible(By.id("studio-problem-summary"));
    }

    public static StudioEditorPage open(WebDriver driver, String baseUrl, String moduleKey) {
        driver.get(baseUrl + "/studio/" + moduleKey);
        return new StudioEditorPage(driver);
    }

    public String source() {
        return (String) js("return document.getElementById('studio-source').value");
    }

    /**
     * Edits the text as typing would (the component's value, which it sends to the server while typing) and
     * waits until the server has checked the new text.
     */
    public StudioEditorPage replace(String text, String replacement) {
        String source = source();
        if (!source.contains(text)) {
            throw new IllegalStateException("the source has no " + text);
        }
        String changed = source.replace(text, replacement);
        js("const area = document.getElementById('studio-source'); area.value = arguments[0];"
                + " area.inputElement.dispatchEvent(new Event('input', {bubbles: true}));", changed);
        return awaitChecked(changed);
    }

    /** Waits until the server has checked (and saved) exactly this text: the problems carry its Java hash. */
    public StudioEditorPage awaitChecked(String text) {
        int hash = text.hashCode();
        wait.until(d -> String.valueOf(hash).equals(driver.findElement(By.id("studio-problems")).getDomAttribute("data-checked")));
        return this;
    }

    /** Follows the header's History link to the module's versions in the library. */
    public VersionHistoryPage openHistory() {
        click(By.id("studio-history"));
        return new VersionHistoryPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("studio-status")).getText();
    }

    public String problemSummary() {
        return driver.findElement(By.id("studio-problem-summary")).getText();
    }

    /** Each problem as shown: "Line 12" and the message. */
    @SuppressWarnings("unchecked")
    public List<String> problems() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#studio-problems .studio-problem'))"
                + ".map(p => p.innerText.replace(/\\s+/g, ' ').trim())");
    }

    /** Clicks the first problem and returns the line the source's selection then starts on (once it is that problem's). */
    public int showFirstProblem() {
        var problem = visible(By.cssSelector("#studio-problems .studio-problem"));
        int line = Integer.parseInt(problem.getDomAttribute("data-line"));
        click(By.cssSelector("#studio-problems .studio-problem"));
        wait.until(d -> selectedLine() == line && (Boolean) js("return document.activeElement"
                + " === document.querySelector('#studio-source textarea')"));
        return selectedLine();
    }

    private int selectedLine() {
        return ((Number) js("const t = document.querySelector('#studio-source textarea');"
                + " return t.value.substring(0, t.selectionStart).split('\\n').length")).intValue();
    }

    public boolean publishEnabled() {
        return driver.findElement(By.id("studio-publish")).getDomAttribute("disabled") == null;
    }

    public StudioEditorPage waitForPublishEnabled(boolean enabled) {
        wait.until(d -> publishEnabled() == enabled);
        return this;
    }

    public StudioEditorPage openTab(String label) {
        click(By.xpath("//vaadin-tabsheet[@id='studio-tabs']//vaadin-tab[starts-with(normalize-space(), '" + label + "')]"));
        return this;
    }

    /** Accepts a suggested question (ids: ordering, after-step-..., snag-1...) and waits for it in the source. */
    public StudioEditorPage acceptSuggestion(String id, String promptStart) {
        openTab("Suggestions");
        click(By.id("accept-" + id));
        wait.until(d -> source().contains("### " + promptStart));
        wait.until(d -> previewQuiz().contains(promptStart));
        return this;
    }

    /** "Accept and edit": the suggestion is added to the quiz and opens, as its last question, in the form. */
    public QuestionFormPage acceptAndEditSuggestion(String id, String promptStart) {
        openTab("Suggestions");
        click(By.id("edit-" + id));
        wait.until(d -> source().contains("### " + promptStart));
        wait.until(d -> visible(By.cssSelector("#question-form h4")).getText().startsWith("Edit question"));
        wait.until(d -> visible(By.cssSelector("#question-prompt input")).getDomProperty("value").startsWith(promptStart));
        return new QuestionFormPage();
    }

    public String previewQuiz() {
        var quiz = driver.findElements(By.id("studio-preview-quiz"));
        return quiz.isEmpty() ? "" : (String) js("return arguments[0].textContent", quiz.getFirst());
    }

    /** The preview's flag badges as "step-anchor: 2 open flags". */
    @SuppressWarnings("unchecked")
    public List<String> flagBadges() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#studio-preview .studio-step'))"
                + ".filter(s => s.querySelector('.studio-flag-badge'))"
                + ".map(s => s.dataset.anchor + ': ' + s.querySelector('.studio-flag-badge').textContent.trim())");
    }

    public String feedbackText() {
        return visible(By.id("studio-feedback")).getText();
    }

    /** The approval request's banner, or "" when there is none. */
    public String approvalText() {
        var banner = driver.findElements(By.id("studio-approval"));
        return banner.isEmpty() || !banner.getFirst().isDisplayed() ? "" : banner.getFirst().getText();
    }

    /** A second trainer opens the requested publish, with the requester's note and change class. */
    public PublishDialog reviewApproval() {
        click(By.id("studio-approve"));
        return new PublishDialog();
    }

    public PublishDialog publish() {
        click(By.id("studio-publish"));
        return new PublishDialog();
    }

    /** The Questions tab's list, as "1. prompt" per question (waits for the tab to show). */
    @SuppressWarnings("unchecked")
    public List<String> questionList() {
        visible(By.id("question-list"));
        return (List<String>) js("return Array.from(document.querySelectorAll('#question-list .studio-qb-prompt'))"
                + ".map(p => p.textContent.trim())");
    }

    /** Waits until the question list is exactly these "n. prompt" lines. */
    public StudioEditorPage awaitQuestionList(String... expected) {
        wait.until(d -> questionList().equals(List.of(expected)));
        return this;
    }

    /** The type and step line of question {@code number}, e.g. "Multiple choice tests step 2". */
    public String questionMeta(int number) {
        return visible(By.cssSelector("#question-" + number + " .studio-qb-meta")).getText().replaceAll("\\s+", " ").trim();
    }

    /** Opens the form for a new question: type as in the buttons' ids ("multiple-choice"). */
    public QuestionFormPage addQuestion(String type) {
        openTab("Questions");
        click(By.id("add-question-" + type));
        // a form open before is replaced: wait for the new one, its fields have the same ids
        String formType = type.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        visible(By.cssSelector("#question-form[data-type='" + formType + "'] #question-prompt"));
        return new QuestionFormPage();
    }

    public QuestionFormPage editQuestion(int number) {
        openTab("Questions");
        click(By.id("question-" + number + "-edit"));
        wait.until(d -> visible(By.cssSelector("#question-form h4")).getText().startsWith("Edit question " + number));
        return new QuestionFormPage();
    }

    /** Deletes a question through the list, confirming, and waits for the source to lose its heading. */
    public StudioEditorPage deleteQuestion(int number, String prompt) {
        openTab("Questions");
        click(By.id("question-" + number + "-delete"));
        click(By.cssSelector("#question-delete-confirm vaadin-button[slot='confirm-button']"));
        wait.until(d -> !source().contains("### " + prompt + "\n"));
        return this;
    }

    /** True while the Questions tab says the list is of the last text without errors. */
    public boolean questionsStale() {
        return isShown(By.id("questions-stale"));
    }

    public boolean questionFormOpen() {
        return !driver.findElements(By.id("question-form")).isEmpty();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The publish dialog over the editor. */
    public class PublishDialog {
        PublishDialog() {
            visible(By.id("confirm-publish"));
        }

        public String impact() {
            return visible(By.id("publish-impact")).getText();
        }

        public String summary() {
            return visible(By.id("publish-summary")).getText();
        }

        public PublishDialog note(String text) {
            var area = visible(By.cssSelector("#publish-note textarea"));
            area.clear();
            area.sendKeys(text);
            js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", area);
            return this;
        }

        public PublishDialog changeClass(String labelStart) {
            click(By.xpath("//vaadin-radio-group[@id='publish-change-class']//vaadin-radio-button[.//label[starts-with("
                    + "normalize-space(), '" + labelStart + "')]]//label"));
            wait.until(d -> impact().startsWith(labelStart)); // the impact sentence follows the choice
            return this;
        }

        public StudioEditorPage cancel() {
            click(By.xpath("//vaadin-button[normalize-space()='Cancel']"));
            wait.until(d -> d.findElements(By.id("confirm-publish")).isEmpty());
            return StudioEditorPage.this;
        }

        /** Asks another trainer to publish (instead of publishing) and waits for the editor to show the request. */
        public StudioEditorPage askAnotherTrainer() {
            click(By.id("request-approval"));
            wait.until(d -> approvalText().contains("asked at"));
            return StudioEditorPage.this;
        }

        /** Publishes and waits for the editor to show the new published version. */
        public StudioEditorPage confirm(int expectedVersion) {
            click(By.id("confirm-publish"));
            wait.until(d -> status().contains("Published version " + expectedVersion));
            return StudioEditorPage.this;
        }
    }

    /** The question form in the Questions tab. */
    public class QuestionFormPage {
        QuestionFormPage() {
            visible(By.id("question-form"));
        }

        public QuestionFormPage prompt(String text) {
            type("question-prompt", text);
            return this;
        }

        /** True when the form says it has edits not yet saved to the Markdown (as the server knows them). */
        public boolean hasUnsavedEdits() {
            return "true".equals(visible(By.id("question-form")).getDomAttribute("data-unsaved"));
        }

        public QuestionFormPage awaitUnsavedEdits(boolean expected) {
            wait.until(d -> hasUnsavedEdits() == expected);
            return this;
        }

        public String prompt() {
            return visible(By.cssSelector("#question-prompt input")).getDomProperty("value");
        }

        /** Types an option's (or ordering item's) text, adding rows as needed; {@code row} is 0-based. */
        public QuestionFormPage option(int row, String text) {
            while (driver.findElements(By.id("question-option-" + row)).isEmpty()) {
                int rows = driver.findElements(By.cssSelector("#question-form .studio-qb-row")).size();
                click(By.id("question-option-add"));
                wait.until(d -> d.findElements(By.cssSelector("#question-form .studio-qb-row")).size() == rows + 1);
            }
            type("question-option-" + row, text);
            return this;
        }

        public QuestionFormPage removeOption(int row) {
            int rows = driver.findElements(By.cssSelector("#question-form .studio-qb-row")).size();
            click(By.id("question-option-" + row + "-remove"));
            wait.until(d -> d.findElements(By.cssSelector("#question-form .studio-qb-row")).size() == rows - 1);
            return this;
        }

        /** Marks an option correct (the checkbox of a multiple choice, the radio of a single choice). */
        public QuestionFormPage correct(int row) {
            By input = By.cssSelector("#question-option-" + row + "-correct input");
            js("arguments[0].click()", present(input));
            wait.until(d -> "true".equals(d.findElement(input).getDomProperty("checked")));
            return this;
        }

        public QuestionFormPage explanation(String text) {
            WebElement area = visible(By.cssSelector("#question-explanation textarea"));
            area.clear();
            area.sendKeys(text);
            js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", area);
            return this;
        }

        /** Picks the step by the start of its label ("2. Do the work"). */
        public QuestionFormPage step(String labelStart) {
            click(By.id("question-step"));
            WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(e -> e.getText().strip().startsWith(labelStart)).findFirst().orElse(null));
            js("arguments[0].click()", item);
            wait.until(d -> visible(By.id("question-step")).getText().contains(labelStart));
            return this;
        }

        /** Saves to the Markdown and waits for the form to close and the source to have the question. */
        public StudioEditorPage save(String promptInSource) {
            click(By.id("question-save"));
            wait.until(d -> d.findElements(By.id("question-form")).isEmpty());
            wait.until(d -> source().contains("### " + promptInSource));
            return StudioEditorPage.this;
        }

        /** Clicks save and returns the form's error text (the form stays open). */
        public String saveRefused() {
            click(By.id("question-save"));
            return visible(By.id("question-errors")).getText();
        }

        /** The notice shown when the question's Markdown changed under the form, or "" when none shows. */
        public String changedNotice() {
            var notice = driver.findElements(By.id("question-changed"));
            return notice.isEmpty() || !notice.getFirst().isDisplayed() ? "" : notice.getFirst().getText();
        }

        public QuestionFormPage awaitPrompt(String text) {
            wait.until(d -> text.equals(prompt()));
            return this;
        }

        public QuestionFormPage awaitChangedNotice() {
            wait.until(d -> !changedNotice().isEmpty());
            return this;
        }

        public QuestionFormPage reload() {
            click(By.id("question-reload"));
            wait.until(d -> changedNotice().isEmpty());
            return this;
        }

        public StudioEditorPage close() {
            click(By.id("question-cancel"));
            wait.until(d -> d.findElements(By.id("question-form")).isEmpty());
            return StudioEditorPage.this;
        }
    }
}
