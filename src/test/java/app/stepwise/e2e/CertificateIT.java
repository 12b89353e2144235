package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.certification.CertificationService;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.e2e.pages.CertificatesPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.VerifyPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class CertificateIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired CourseService course;
    @Autowired Curriculum curriculum;
    @Autowired CertificationService certifications;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    @Test
    void a_certified_learner_opens_their_certificate_and_the_signed_out_verify_page_says_valid_without_their_name()
            throws Exception {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        CertificationFixture.importRoles(importer, CertificationFixture.ONE_MODULE_ROLE);
        var manager = existingPerson("Mona Manager", Authority.MANAGER);
        var learner = existingPerson("Cora Certified", Authority.LEARNER);
        learner.reportTo(manager);
        personRepository.saveAndFlush(learner);
        PeopleFixture.signInAs(manager);
        try {
            course.enrol(new PersonId(learner.getId()), "cert-time-off", EnrolmentPurpose.ONBOARDING, null);
        } finally {
            PeopleFixture.signOut();
        }
        new CertificationFixture(jdbc, transactions, events, curriculum).complete(learner, "time-off-requests");
        PeopleFixture.signInAs(learner);
        try {
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> !certifications.mine().isEmpty());
        } finally {
            PeopleFixture.signOut();
        }

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var page = CertificatesPage.open(driver, baseUrl());
        assertThat(page.card("cert-time-off")).contains("Time-off Steward").contains("Certified").contains("Valid until");
        screenshot("desktop-certificates");
        var certificate = page.openCertificate("cert-time-off");
        assertThat(certificate.status()).isEqualTo("Certified");
        assertThat(certificate.person()).isEqualTo("Cora Certified");
        assertThat(certificate.offersPdf()).isTrue();
        String code = certificate.verificationCode();
        screenshot("desktop-certificate");

        driver.manage().window().setSize(new Dimension(390, 844));
        CertificatesPage.open(driver, baseUrl());
        screenshot("phone-certificates");
        CertificatesPage.open(driver, baseUrl()).openCertificate("cert-time-off");
        screenshot("phone-certificate");

        driver.manage().deleteAllCookies(); // signed out
        var verify = VerifyPage.open(driver, baseUrl(), code);
        assertThat(verify.result()).containsIgnoringCase("valid").doesNotContainIgnoringCase("lapsed");
        assertThat(verify.pageText()).contains("Time-off Steward").doesNotContain("Cora").doesNotContain(learner.getEmail());
        screenshot("phone-verify");
        driver.manage().window().setSize(new Dimension(1366, 900));
        VerifyPage.open(driver, baseUrl(), code);
        screenshot("desktop-verify");
        assertThat(VerifyPage.open(driver, baseUrl(), "AAAAAAAAAAAAAAAAAAAA").result()).isEqualTo("Unknown code");
    }
}
