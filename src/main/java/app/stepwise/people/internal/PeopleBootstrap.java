package app.stepwise.people.internal;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.Emails;
import app.stepwise.people.PasswordPolicy;
import app.stepwise.shared.Authority;
import app.stepwise.shared.startup.StartupProblem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure somebody can sign in: the demo organisation on an empty database in demo mode, and
 * otherwise a first administrator from configuration, or with a random one-time password that is
 * logged exactly once.
 */
@Component
@Order(0)
@EnableConfigurationProperties(BootstrapProperties.class)
class PeopleBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(PeopleBootstrap.class);
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final BootstrapProperties properties;
    private final Clock clock;

    PeopleBootstrap(PersonRepository people, PasswordEncoder passwordEncoder, AuditLog auditLog,
                    BootstrapProperties properties, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.demoData().enabled() && people.count() == 0) {
            createDemoPeople();
        }
        if (people.countActiveWith(Authority.ADMIN) == 0) {
            createFirstAdmin();
        }
    }

    private void createDemoPeople() {
        String hash = passwordEncoder.encode(DemoPeople.PASSWORD);
        var byEmail = new HashMap<String, PersonEntity>();
        LocalDate today = LocalDate.now(clock);
        for (var demo : DemoPeople.ALL) {
            var person = new PersonEntity(demo.email(), demo.name(), clock.instant());
            person.describe(demo.email(), demo.name(), demo.jobTitle(), DemoPeople.startDate(demo, today), clock.instant());
            person.reportTo(demo.managerEmail() == null ? null : byEmail.get(demo.managerEmail()));
            person.grant(demo.authorities());
            person.setPassword(hash, false);
            byEmail.put(demo.email(), people.save(person));
        }
        auditLog.record(AuditLog.SYSTEM, "DEMO_DATA_CREATED", null, DemoPeople.ALL.size() + " demo people", null);
        log.info("Created {} demo accounts (password '{}'); see README.md", DemoPeople.ALL.size(), DemoPeople.PASSWORD);
    }

    private void createFirstAdmin() {
        String email = Emails.normalise(properties.admin().email() == null ? "admin@stepwise.local" : properties.admin().email());
        if (!Emails.isPlausible(email)) {
            throw new StartupProblem("STEPWISE_ADMIN_EMAIL '" + email + "' is not a valid email address.",
                    "Set STEPWISE_ADMIN_EMAIL to the first administrator's email address.");
        }
        String configured = properties.admin().password();
        boolean generated = configured == null || configured.isEmpty();
        String password = generated ? randomPassword() : configured;
        PasswordPolicy.problem(password, email).ifPresent(problem -> {
            throw new StartupProblem("STEPWISE_ADMIN_PASSWORD is not acceptable: " + problem,
                    "Choose a password of at least " + PasswordPolicy.MIN_LENGTH + " characters that is not the email.");
        });
        var admin = people.findByEmail(email).orElseGet(() -> new PersonEntity(email, "Administrator", clock.instant()));
        admin.describe(email, admin.getFullName(), admin.getJobTitle() == null ? "Administrator" : admin.getJobTitle(),
                admin.getStartDate(), clock.instant());
        admin.reactivate();
        var authorities = admin.getAuthorities();
        authorities.add(Authority.ADMIN);
        admin.grant(EnumSet.copyOf(authorities));
        admin.setPassword(passwordEncoder.encode(password), generated);
        people.save(admin);
        auditLog.record(AuditLog.SYSTEM, "FIRST_ADMIN_CREATED", email, generated ? "one-time password" : "configured password", null);
        if (generated) {
            log.warn("""

                    ================================================================
                    Stepwise has no administrator yet, so it created one:
                        email:    {}
                        password: {}
                    This one-time password is shown only now. Sign in and choose
                    your own; or set STEPWISE_ADMIN_EMAIL / STEPWISE_ADMIN_PASSWORD.
                    ================================================================""", email, password);
        } else {
            log.info("Created the first administrator {} from STEPWISE_ADMIN_EMAIL / STEPWISE_ADMIN_PASSWORD", email);
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
