package app.stepwise.reporting.internal;

import app.stepwise.certification.CertificationFacts;
import app.stepwise.content.Curriculum;
import app.stepwise.course.ProgressQueries;
import app.stepwise.people.PeopleDirectory;
import app.stepwise.quiz.QuizHistory;
import app.stepwise.shared.PersonId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes and writes the progress summary for some people, some roles or everyone. People are done in chunks,
 * each chunk in a transaction of its own with a fixed number of bulk reads (people, enrolments, certifications,
 * refreshers, progress, quiz passes) and one batched write. Callers run with a trainer's read rights (the system).
 */
@Component
public class ProgressProjection {
    static final int CHUNK = 500;
    private static final String INSERT = "insert into role_progress (person_id, role_key, person_name, person_email, active,"
            + " role_title, role_fingerprint, enrolled, purpose, due_date, required_modules, started_modules, quizzes_passed,"
            + " completed_modules, percent_complete, certification_status, valid_until, refresher_due_at, computed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Curriculum curriculum;
    private final PeopleDirectory directory;
    private final ProgressQueries progress;
    private final QuizHistory quizzes;
    private final CertificationFacts certifications;
    private final RoleProgressRepository rows;
    private final JdbcTemplate jdbc;
    private final SummaryWrites writes;
    private final Clock clock;

    ProgressProjection(Curriculum curriculum, PeopleDirectory directory, ProgressQueries progress, QuizHistory quizzes,
                       CertificationFacts certifications, RoleProgressRepository rows, JdbcTemplate jdbc,
                       SummaryWrites writes, Clock clock) {
        this.curriculum = curriculum;
        this.directory = directory;
        this.progress = progress;
        this.quizzes = quizzes;
        this.certifications = certifications;
        this.rows = rows;
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    /** Computes the rows of these people again (all their roles); people without roles lose their rows. */
    public void refreshPeople(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return;
        }
        var catalog = readCatalog();
        var sorted = new ArrayList<>(new TreeSet<>(people.stream().map(PersonId::value).toList()));
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            var chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK)).stream().map(PersonId::new).toList();
            refreshChunk(catalog, chunk);
        }
    }

    /** Computes the rows of everyone enrolled in these roles again (a role or one of its modules changed). */
    public void refreshRoles(Collection<String> roleIds) {
        if (!roleIds.isEmpty()) {
            walk(readCatalog(), List.copyOf(roleIds));
        }
    }

    /** Computes every row again and drops rows nobody has any more; returns the number of people done. */
    public int rebuild() {
        Instant started = clock.instant();
        int people = walk(readCatalog(), null);
        writes.write(() -> jdbc.update("delete from role_progress where computed_at < ?", utc(started)));
        return people;
    }

    /** Roles whose rows were computed from another definition (title, modules, module versions) than today's. */
    public Set<String> staleRoles() {
        var catalog = readCatalog();
        var stale = new TreeSet<String>();
        for (Object[] stored : rows.findRoleFingerprints()) {
            String roleId = (String) stored[0];
            if (!catalog.fingerprint(roleId).orElse("-").equals(stored[1])) {
                stale.add(roleId);
            }
        }
        return stale;
    }

    public RoleCatalog readCatalog() {
        return RoleCatalog.read(curriculum);
    }

    private int walk(RoleCatalog catalog, List<String> roleIds) {
        int done = 0;
        long after = 0;
        while (true) {
            var chunk = progress.enrolledPeople(roleIds, after, CHUNK);
            if (chunk.isEmpty()) {
                return done;
            }
            refreshChunk(catalog, chunk);
            done += chunk.size();
            after = chunk.getLast().value();
        }
    }

    private void refreshChunk(RoleCatalog catalog, List<PersonId> people) {
        writes.write(() -> writeChunk(catalog, people));
    }

    private void writeChunk(RoleCatalog catalog, List<PersonId> people) {
        var modules = catalog.allRequiredModules();
        var calculator = new SummaryCalculator(catalog, progress.progress(people, modules), quizzes.passes(people, modules));
        var computed = calculator.rows(directory.snapshots(people), progress.enrolments(people),
                certifications.certifications(people), certifications.openRefreshers(people));
        var ids = people.stream().map(PersonId::value).toList();
        jdbc.update("delete from role_progress where person_id in (" + String.join(",", ids.stream().map(id -> "?").toList()) + ")",
                ids.toArray());
        var now = utc(clock.instant());
        jdbc.batchUpdate(INSERT, computed, 1000, (statement, row) -> bind(statement, row, now));
    }

    private static void bind(PreparedStatement s, SummaryRow row, LocalDateTime computedAt) throws SQLException {
        s.setLong(1, row.personId());
        s.setString(2, row.roleKey());
        s.setString(3, row.personName());
        s.setString(4, row.personEmail());
        s.setBoolean(5, row.active());
        s.setString(6, row.roleTitle());
        s.setString(7, row.roleFingerprint());
        s.setBoolean(8, row.enrolled());
        s.setString(9, row.purpose());
        s.setObject(10, row.dueDate(), Types.DATE);
        s.setInt(11, row.requiredModules());
        s.setInt(12, row.startedModules());
        s.setInt(13, row.quizzesPassed());
        s.setInt(14, row.completedModules());
        s.setInt(15, row.percentComplete());
        s.setString(16, row.certificationStatus());
        s.setObject(17, utc(row.validUntil()), Types.TIMESTAMP);
        s.setObject(18, utc(row.refresherDueAt()), Types.TIMESTAMP);
        s.setObject(19, computedAt, Types.TIMESTAMP);
    }

    /** Times are stored as UTC wall-clock values, as Hibernate writes them (hibernate.jdbc.time_zone=UTC). */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
