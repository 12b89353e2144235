package app.stepwise.people.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code stepwise.demo-data.enabled}: create the demo accounts on an empty database (default mode only).
 * {@code stepwise.admin.email} / {@code stepwise.admin.password} (env STEPWISE_ADMIN_EMAIL /
 * STEPWISE_ADMIN_PASSWORD): the first administrator when no active admin exists.
 */
@ConfigurationProperties("stepwise")
record BootstrapProperties(DemoData demoData, Admin admin) {
    record DemoData(boolean enabled) {
    }

    record Admin(String email, String password) {
    }

    BootstrapProperties {
        demoData = demoData == null ? new DemoData(false) : demoData;
        admin = admin == null ? new Admin(null, null) : admin;
    }
}
