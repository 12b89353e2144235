package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.StudioEditorPage;
import app.stepwise.e2e.pages.StudioPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A trainer writes quiz questions with the studio's question form instead of Markdown: the form writes the
 * Markdown, edits to the Markdown show in the list and in the open form, and a question is deleted from the list.
 */
class StudioQuestionBuilderIT extends BrowserTest {
    private static final String TEMPLATE_QUESTION = "What do you do before the main work?";

    @Test
    void a_trainer_adds_edits_and_deletes_questions_with_the_form_and_the_markdown_stays_in_sync() throws Exception {
        var trainer = existingPerson("Quinn Questions", Authority.TRAINER);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String key = "file-the-count-" + suffix;
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        var editor = StudioPage.open(driver, baseUrl()).newModule("File the count " + suffix);

        var form = editor.addQuestion("multiple-choice").prompt("Which records do you keep?")
                .option(0, "The count sheet").option(1, "The photo of the shelf").option(2, "Your lunch receipt")
                .explanation("Both prove the count.").step("2. Do the work");
        assertThat(form.saveRefused()).contains("Mark at least one option as correct.");
        assertThat(editor.source()).doesNotContain("Which records");
        form.correct(0).correct(1);
        screenshot("studio-question-form-desktop");
        editor = form.save("Which records do you keep?");
        assertThat(editor.source()).contains("""
                ### Which records do you keep?
                - [x] The count sheet
                - [x] The photo of the shelf
                - [ ] Your lunch receipt
                > Both prove the count.
                Step: step-do-the-work
                """);
        editor.awaitQuestionList("1. " + TEMPLATE_QUESTION, "2. Which records do you keep?");
        assertThat(editor.questionMeta(2)).contains("Multiple choice").contains("tests step 2");
        assertThat(editor.status()).contains("Draft saved");

        form = editor.editQuestion(2);
        assertThat(form.prompt()).isEqualTo("Which records do you keep?");
        editor.replace("### Which records do you keep?", "### Which records do you file?");
        editor.awaitQuestionList("1. " + TEMPLATE_QUESTION, "2. Which records do you file?");
        form.awaitPrompt("Which records do you file?");
        assertThat(form.changedNotice()).isEmpty();

        form.prompt("Which records matter most?").awaitUnsavedEdits(true);
        editor.replace("- [ ] Your lunch receipt", "- [ ] Your train ticket");
        assertThat(form.awaitChangedNotice().changedNotice())
                .contains("The Markdown of this question changed; reload or keep your form");
        assertThat(form.prompt()).isEqualTo("Which records matter most?");
        screenshot("studio-question-changed-desktop");
        form.reload().awaitPrompt("Which records do you file?").awaitUnsavedEdits(false);

        editor.replace("- [ ] Your train ticket", "- [ ] Your train ticket\n1. [x] A numbered option");
        assertThat(editor.problemSummary()).contains("1 error");
        assertThat(editor.questionsStale()).isTrue();
        editor.awaitQuestionList("1. " + TEMPLATE_QUESTION, "2. Which records do you file?");
        editor.replace("- [ ] Your train ticket\n1. [x] A numbered option", "- [ ] Your train ticket");
        assertThat(editor.questionsStale()).isFalse();
        form.close();

        editor.deleteQuestion(1, TEMPLATE_QUESTION).awaitQuestionList("1. Which records do you file?");
        assertThat(editor.source()).doesNotContain(TEMPLATE_QUESTION).contains("## Quiz\n\n### Which records do you file?");
        screenshot("studio-questions-desktop");

        driver.manage().window().setSize(new Dimension(390, 844));
        editor = StudioEditorPage.open(driver, baseUrl(), key);
        editor.editQuestion(1);
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("studio-question-form-phone");
        editor.addQuestion("ordering").option(0, "Count").option(1, "File");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("studio-question-ordering-phone");
        var single = editor.addQuestion("single-choice").prompt("What do you do first?").option(0, "File")
                .option(1, "Count").removeOption(2).correct(0).correct(1);
        screenshot("studio-question-single-choice-phone");
        single.save("What do you do first?");
        assertThat(editor.source()).contains("### What do you do first?\n1. [ ] File\n2. [x] Count\n");
        editor.awaitQuestionList("1. Which records do you file?", "2. What do you do first?");
    }

    private long sidewaysOverflow() throws InterruptedException {
        Thread.sleep(300); // let the layout settle before measuring
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }
}
