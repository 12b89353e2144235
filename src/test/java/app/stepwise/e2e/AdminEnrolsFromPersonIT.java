package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin enrols a person from their page in the People list; the person finds the path on My learning. */
class AdminEnrolsFromPersonIT extends BrowserTest {
    @Autowired ContentImporter importer;

    @Test
    void an_admin_enrols_a_person_from_their_dialog_and_the_person_sees_the_path_with_its_due_date() throws Exception {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var admin = existingPerson("Ada Admin", Authority.ADMIN);
        var learner = existingPerson("Noor Newhire", Authority.LEARNER);
        var due = LocalDate.now().plusDays(30);
        String dueText = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(due);

        var home = LoginPage.open(driver, baseUrl()).signInAs(admin.getEmail(), PeopleFixture.PASSWORD);
        var enrolments = home.openPeople().open(learner.getEmail()).enrolInRolePath(); // by email: a rerun adds a second Noor
        assertThat(enrolments.chosenPerson()).contains("Noor Newhire");
        enrolments.role("Support Representative").due(due).enrol();
        assertThat(enrolments.enrolments("Support Representative")).contains(dueText);
        screenshot("desktop-enrol-from-person");
        enrolments.signOut();

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var learning = LearningPage.open(driver, baseUrl());
        assertThat(learning.pathSummary("support-rep")).contains("due " + dueText);
    }
}
