package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The learner's certificates: one card per certified role, refreshers due first. */
public class CertificatesPage extends AppShell {
    public CertificatesPage(WebDriver driver) {
        super(driver);
        visible(By.cssSelector(".certificate-card, #no-certificates"));
    }

    public static CertificatesPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/certificates");
        return new CertificatesPage(driver);
    }

    public String card(String roleId) {
        return visible(By.id("certification-" + roleId)).getText();
    }

    public CertificatePage openCertificate(String roleId) {
        click(By.id("open-certificate-" + roleId));
        return new CertificatePage(driver);
    }

    /** One certificate with its verification code. */
    public static class CertificatePage extends AppShell {
        CertificatePage(WebDriver driver) {
            super(driver);
            visible(By.id("certificate-role"));
        }

        public String status() {
            return visible(By.id("certificate-status")).getText();
        }

        public String person() {
            return visible(By.id("certificate-person")).getText();
        }

        public String verificationCode() {
            return visible(By.id("verification-code")).getText();
        }

        public boolean offersPdf() {
            return isShown(By.id("download-pdf"));
        }
    }
}
