package app.stepwise.certification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quizzes a person passes again to renew an expired certification. Plain SQL: a small table of (certification,
 * module) pairs that is only ever opened, ticked and cleared, inside the caller's transaction.
 */
@Component
public class RenewalStore {
    private final JdbcTemplate jdbc;

    RenewalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What is left to pass, and what was passed, for one certification. */
    public record RenewalModule(long certificationId, String moduleKey, Instant passedAt) {
    }

    public void open(long certificationId, Collection<String> moduleKeys, Instant now) {
        clear(certificationId);
        jdbc.batchUpdate("INSERT INTO renewal_module (certification_id, module_key, opened_at) VALUES (?, ?, ?)",
                moduleKeys.stream().map(key -> new Object[] {certificationId, key, Timestamp.from(now)}).toList());
    }

    /** Ticks the module off every open renewal of these certifications; returns how many rows were ticked. */
    public int passed(Collection<Long> certificationIds, String moduleKey, Instant now) {
        if (certificationIds.isEmpty()) {
            return 0;
        }
        var sql = "UPDATE renewal_module SET passed_at = ? WHERE module_key = ? AND passed_at IS NULL AND certification_id IN ("
                + String.join(",", certificationIds.stream().map(id -> "?").toList()) + ")";
        var args = new java.util.ArrayList<Object>(List.of(Timestamp.from(now), moduleKey));
        args.addAll(certificationIds);
        return jdbc.update(sql, args.toArray());
    }

    public List<RenewalModule> of(Collection<Long> certificationIds) {
        if (certificationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT certification_id, module_key, passed_at FROM renewal_module WHERE certification_id IN ("
                        + String.join(",", certificationIds.stream().map(id -> "?").toList()) + ") ORDER BY module_key",
                (row, i) -> new RenewalModule(row.getLong(1), row.getString(2),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()),
                certificationIds.toArray());
    }

    public void clear(long certificationId) {
        jdbc.update("DELETE FROM renewal_module WHERE certification_id = ?", certificationId);
    }
}
