package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

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
}
