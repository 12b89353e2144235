package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.DashboardsPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.TeamPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.quiz.QuizAnswers;
import app.stepwise.quiz.QuizService;
import app.stepwise.reporting.ReportingMaintenance;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A manager follows their team and drills into a person; a trainer reads the dashboards and their charts. */
class TeamProgressIT extends BrowserTest {
    private static final String ROLE = "support-rep";

    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;
    @Autowired QuizService quizzes;
    @Autowired ReportingMaintenance maintenance;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    PersonEntity manager;
    PersonEntity ann;
    PersonEntity ben;
    PersonEntity cal;
    PersonEntity outsider;

    @BeforeEach
    void aTeam() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        manager = existingPerson("Mona Teamlead", Authority.MANAGER);
        ann = member("Ann Ahead");
        ben = member("Ben Behind");
        cal = member("Cal Curious");
        member("Dee Drifting");
        var evil = member("=HYPERLINK(\"http://evil.example\")");
        for (var learner : List.of(ann, ben, cal, evil)) {
            asPerson(manager, () -> courseService.enrol(new app.stepwise.shared.PersonId(learner.getId()), ROLE,
                    app.stepwise.course.EnrolmentPurpose.ONBOARDING, LocalDate.now().plusDays(20)));
        }
        var completions = new CertificationFixture(jdbc, transactions, events, curriculum);
        asPerson(ann, () -> curriculum.role(ROLE).orElseThrow().requiredModules()).forEach(m -> completions.complete(ann, m));
        passQuiz(cal, "crm-basics");
        jdbc.update("update enrolment set due_date = ? where person_id = ?", LocalDate.now().minusDays(2), ben.getId());
        outsider = existingPerson("Otto Outsider", Authority.LEARNER);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from certification"
                + " where person_id = ? and status = 'GRANTED'", Long.class, ann.getId()) == 1);
        awaitReportingListeners();
        // The due date above was changed behind the application's back: compute the summary again, as an admin can.
        asPerson(existingPerson("Ada Admin", Authority.ADMIN), maintenance::rebuild);
    }

    @Test
    void a_manager_filters_their_team_drills_into_a_person_and_downloads_the_csv() throws Exception {
        LoginPage.open(driver, baseUrl()).signInAs(manager.getEmail(), PeopleFixture.PASSWORD);
        var team = TeamPage.open(driver, baseUrl());
        assertThat(team.navigation()).contains("Team progress").doesNotContain("Dashboards");
        team.waitForNames(List.of("=HYPERLINK(\"http://evil.example\")", "Ann Ahead", "Ben Behind", "Cal Curious"));
        assertThat(team.unassigned()).contains("Dee Drifting");
        assertThat(team.enrolLinkOf("Dee Drifting")).startsWith("enrolments?person=");
        assertThat(team.gridText()).contains("Certified").contains("Overdue").contains("In progress").contains("100%");
        screenshot("desktop-team");

        team.status("Overdue").waitForNames(List.of("Ben Behind"));
        screenshot("desktop-team-overdue");
        team.status("Any state").search("cal").waitForNames(List.of("Cal Curious"));
        team.clearSearch().waitForNames(List.of("=HYPERLINK(\"http://evil.example\")", "Ann Ahead", "Ben Behind", "Cal Curious"));

        String csv = team.downloadCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("name,email,role");
        assertThat(csv).contains("Ann Ahead").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .doesNotContain("\n=").doesNotContain(",=");

        var person = team.openPerson("Ann Ahead");
        assertThat(person.name()).isEqualTo("Ann Ahead");
        assertThat(person.modules(ROLE)).contains("CRM basics").contains("Done");
        assertThat(person.certifications()).contains("Support Representative").contains("Certified");
        assertThat(person.trainingRecord()).isEqualTo("200 application/pdf %PDF-");
        screenshot("desktop-person-progress");

        driver.get(baseUrl() + "/team/person/" + outsider.getId());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-available")));
        assertThat(driver.getPageSource()).doesNotContain("Otto Outsider");

        driver.manage().window().setSize(new Dimension(390, 844));
        var phone = TeamPage.open(driver, baseUrl());
        phone.waitForNames(List.of("=HYPERLINK(\"http://evil.example\")", "Ann Ahead", "Ben Behind", "Cal Curious"));
        assertNoSidewaysScrolling("team page");
        screenshot("phone-team");
        phone.openPerson("Cal Curious");
        assertNoSidewaysScrolling("person page");
        screenshot("phone-person-progress");
    }

    @Test
    void a_trainer_reads_the_dashboards_with_their_charts_and_a_learner_cannot_open_them() throws Exception {
        var trainer = existingPerson("Tess Trainer", Authority.TRAINER);
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        var dashboards = DashboardsPage.open(driver, baseUrl());
        assertThat(dashboards.navigation()).contains("Dashboards", "Team progress");
        assertThat(dashboards.totals()).contains("Active people").contains("Certified").contains("Overdue");
        assertThat(dashboards.chartTitle("chart-certifications")).isEqualTo("Certifications granted per month, last 12 months");
        assertThat(dashboards.chartBars("chart-certifications")).isEqualTo(12);
        assertThat(dashboards.chartTitle("chart-funnel")).isEqualTo("Completion funnel: All roles");
        dashboards.funnelFor("Support Representative");
        assertThat(dashboards.chartText("chart-funnel")).contains("Enrolled", "Started", "Quizzes passed", "Completed", "Certified");
        assertThat(dashboards.chartBars("chart-funnel")).isEqualTo(5);
        assertThat(dashboards.roles()).contains("Support Representative");
        assertThat(dashboards.modules()).contains("CRM basics");
        screenshot("desktop-dashboards");

        driver.manage().window().setSize(new Dimension(390, 844));
        DashboardsPage.open(driver, baseUrl()).chartTitle("chart-funnel");
        assertNoSidewaysScrolling("dashboards");
        screenshot("phone-dashboards");
        var everyone = TeamPage.open(driver, baseUrl()).search("Ahead");
        assertThat(everyone.names()).contains("Ann Ahead");

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).signInAs(ann.getEmail(), PeopleFixture.PASSWORD);
        for (String page : List.of("/dashboards", "/team", "/team/person/" + ann.getId())) {
            driver.get(baseUrl() + page);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-available")));
            assertThat(driver.findElements(By.id("team-grid"))).isEmpty();
            assertThat(driver.findElements(By.id("dashboard-totals"))).isEmpty();
        }
    }

    private PersonEntity member(String name) {
        var person = existingPerson(name, Authority.LEARNER);
        person.reportTo(manager);
        return personRepository.saveAndFlush(person);
    }

    private void passQuiz(PersonEntity learner, String moduleId) {
        asPerson(learner, () -> {
            var sheet = quizzes.start(moduleId);
            var quiz = curriculum.quiz(moduleId).orElseThrow();
            sheet.questions().forEach(item -> quizzes.saveAnswer(sheet.attemptId(), item.key(),
                    QuizAnswers.answer(quiz.question(item.key()).orElseThrow(), item, true)));
            return quizzes.submit(sheet.attemptId());
        });
    }

}
