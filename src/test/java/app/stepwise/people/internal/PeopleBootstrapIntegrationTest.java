package app.stepwise.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside demo mode the first administrator comes from STEPWISE_ADMIN_EMAIL / STEPWISE_ADMIN_PASSWORD. */
@IntegrationTest
class PeopleBootstrapIntegrationTest {
    @Autowired PersonRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditLog auditLog;

    @Test
    void the_configured_first_admin_exists_and_no_demo_accounts_do() {
        var admin = repository.findByEmail("root-admin@stepwise.test").orElseThrow();
        assertThat(admin.getAuthorities()).contains(Authority.ADMIN);
        assertThat(passwordEncoder.matches("root-admin-password", admin.getPasswordHash())).isTrue();
        assertThat(admin.isPasswordChangeRequired()).as("a configured password is not one-time").isFalse();
        assertThat(repository.findByEmail("admin@stepwise.test")).isEmpty();

        PeopleFixture.signInAs(admin);
        try {
            assertThat(auditLog.recentFor("root-admin@stepwise.test", 10)).extracting(AuditEntry::action)
                    .contains("FIRST_ADMIN_CREATED");
        } finally {
            PeopleFixture.signOut();
        }
    }
}
