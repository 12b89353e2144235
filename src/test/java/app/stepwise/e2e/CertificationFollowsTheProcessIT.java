package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.certification.CertificationService;
import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.CertificatesPage;
import app.stepwise.e2e.pages.EnrolmentsPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.RefresherPage;
import app.stepwise.e2e.pages.VerifyPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 5's journey: a manager enrols a new hire due within 30 days of starting; the new hire completes the path and
 * sees the certificate; a trainer publishes a material change; the certified person sees the refresher with what
 * changed, and the public verification page still says valid during the grace period.
 */
class CertificationFollowsTheProcessIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired ContentLibrary library;
    @Autowired Curriculum curriculum;
    @Autowired CertificationService certifications;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String moduleId = "cash-up-" + suffix;
    final String roleId = "cashier-" + suffix;

    String module(String secondStep) {
        return """
                ---
                id: %s
                title: Cash up the till
                owner: Sam Shop
                estimate: 10m
                roles: [%s]
                ---
                # Cash up the till

                ## Objective
                Close the day with a counted till and a signed slip.

                ## Steps
                1. **Count the cash.** Count notes and coins twice.
                2. **Record the total.** %s
                3. **Lock the till.** Put the slip in the safe.
                """.formatted(moduleId, roleId, secondStep);
    }

    @Test
    void a_new_hire_is_enrolled_certified_then_asked_for_a_refresher_when_the_process_changes() throws Exception {
        importer.importFiles(List.of(SourceFile.ofText("shop/" + moduleId + ".md", module("Write it in the cash book.")),
                SourceFile.ofText("roles/" + roleId + ".md", """
                        ---
                        id: %s
                        title: Cashier %s
                        required: [%s]
                        grace-period: 30 days
                        ---
                        # Cashier
                        Runs the till.
                        """.formatted(roleId, suffix, moduleId))), "test", "test");
        var manager = existingPerson("Mo Manager", Authority.MANAGER);
        var hire = existingPerson("Nell Newhire", Authority.LEARNER);
        hire.describe(hire.getEmail(), hire.getFullName(), "Cashier", LocalDate.now().plusDays(5), Instant.now());
        hire.reportTo(manager);
        personRepository.saveAndFlush(hire);

        LoginPage.open(driver, baseUrl()).signInAs(manager.getEmail(), PeopleFixture.PASSWORD);
        var enrolments = EnrolmentsPage.forPerson(driver, baseUrl(), hire.getId());
        enrolments.role("Cashier " + suffix).dueWithinDaysOfStart(30).enrol();
        String due = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.now().plusDays(35));
        assertThat(enrolments.enrolments("Cashier " + suffix)).contains(due);
        screenshot("desktop-enrolment-relative-due");
        enrolments.signOut();

        new CertificationFixture(jdbc, transactions, events, curriculum).complete(hire, moduleId); // the loop itself: LearnersLoopIT
        await().atMost(Duration.ofSeconds(20)).until(() -> asPerson(hire, () -> !certifications.mine().isEmpty()));
        LoginPage.open(driver, baseUrl()).signInAs(hire.getEmail(), PeopleFixture.PASSWORD);
        var certificates = CertificatesPage.open(driver, baseUrl());
        assertThat(certificates.card(roleId)).contains("Certified");
        String code = certificates.openCertificate(roleId).verificationCode();

        var trainer = existingPerson("Tess Trainer", Authority.TRAINER);
        var published = importer.importFiles(List.of(SourceFile.ofText("shop/" + moduleId + ".md",
                module("Enter it in the till app and photograph the slip."))), trainer.getEmail(), "upload").documents().getFirst();
        if (published.changeClass() != ChangeClass.MATERIAL) {
            asPerson(trainer, () -> library.decideChangeClass(moduleId, published.version(), ChangeClass.MATERIAL));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> asPerson(hire, () -> !certifications.myRefreshers().isEmpty()));

        certificates = CertificatesPage.open(driver, baseUrl());
        assertThat(driver.findElement(By.id("refreshers")).getText()).contains("Cash up the till").contains("Redo it by");
        screenshot("desktop-certificates-refresher");
        driver.findElement(By.id("refresher-" + moduleId)).click();
        var refresher = new RefresherPage(driver);
        assertThat(refresher.whatChanged()).contains("Changed step").contains("till app");
        screenshot("desktop-refresher-what-changed");
        refresher.signOut();

        assertThat(VerifyPage.open(driver, baseUrl(), code).result()).containsIgnoringCase("valid").doesNotContainIgnoringCase("lapsed");
    }
}
