package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.ReaderPage;
import app.stepwise.people.PeopleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class LearnerReadsModuleIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;

    @Test
    void an_enrolled_learner_continues_their_path_ticks_steps_marks_the_module_read_and_follows_a_step_link()
            throws Exception {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var learner = enrolledLearner("Lina Learner", "support-rep", 30);
        var steps = new java.util.ArrayList<String>();
        PeopleFixture.signInAs(learner);
        try {
            curriculum.reading("crm-basics").orElseThrow().steps().forEach(step -> steps.add(step.anchor()));
        } finally {
            PeopleFixture.signOut();
        }

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        screenshot("desktop-learner-home");
        driver.findElement(By.id("home-continue")).click();
        var reader = new ReaderPage(driver);
        assertThat(reader.moduleTitle()).containsIgnoringCase("CRM");
        screenshot("desktop-module-reader");

        reader.tickStep(steps.get(0)).tickStep(steps.get(1));
        assertThat(reader.markRead()).contains("Marked as read").contains("quiz");

        var learning = LearningPage.open(driver, baseUrl());
        assertThat(learning.moduleLine("crm-basics")).contains("Read");
        screenshot("desktop-my-learning");
        assertThat(learning.pathSummary("support-rep")).contains("0% of required modules done").contains("due");
        assertThat(learning.continueLabel("support-rep")).contains("take the quiz").contains("CRM basics");
        assertThat(learning.continueToQuiz("support-rep").title()).contains("Quiz").contains("CRM basics");

        driver.get(baseUrl() + "/module/crm-basics#" + steps.get(2));
        var linked = new ReaderPage(driver);
        assertThat(linked.isHighlighted(steps.get(2))).isTrue();
        assertThat(driver.findElement(By.cssSelector("[id='" + steps.get(0) + "'] vaadin-checkbox")).getAttribute("checked"))
                .as("ticks are kept").isNotNull();
        assertThat(driver.findElements(By.id("mark-read"))).as("already read").isEmpty();
    }
}
