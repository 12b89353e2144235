package app.stepwise.certification;

import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.ModuleCompleted;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Completes modules the quick way (a completed progress row plus the event course would publish) for tests. */
public final class CertificationFixture {
    /** A one-module role, so a single completion certifies. */
    public static final SourceFile ONE_MODULE_ROLE = SourceFile.ofText("roles/cert-time-off.md", """
            ---
            id: cert-time-off
            title: Time-off Steward
            certification-validity: 12 months
            grace-period: 30 days
            required: [time-off-requests]
            ---
            # Time-off Steward
            Knows the time-off process.
            """);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Curriculum curriculum;

    public CertificationFixture(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                                Curriculum curriculum) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.curriculum = curriculum;
    }

    public static void importRoles(ContentImporter importer, SourceFile... roles) {
        importer.importFiles(List.of(roles), "test", "test roles");
    }

    /** Records the module complete at its current version, as course does, and publishes the event with it. */
    public void complete(PersonEntity person, String moduleId) {
        int version = SystemActor.call(() -> curriculum.module(moduleId).orElseThrow().currentVersion());
        var now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into module_progress (person_id, module_key, module_version, read_at, completed_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, 0)", person.getId(), moduleId, version, now, now, now);
            events.publishEvent(new ModuleCompleted(new PersonId(person.getId()), moduleId, version, now.toInstant()));
        });
    }
}
