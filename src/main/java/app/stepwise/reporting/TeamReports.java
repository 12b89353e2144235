package app.stepwise.reporting;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleDirectory;
import app.stepwise.people.PersonSnapshot;
import app.stepwise.reporting.internal.Moment;
import app.stepwise.reporting.internal.TeamRowQueries;
import app.stepwise.shared.csv.SafeCsv;
import java.io.Writer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team grid: each person of a team (or, for trainers and admins, everyone) in each role they are enrolled in
 * or certified for, filtered, ordered and paged in the database. Managers see their own team only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReportingAccess.TEAM_READERS)
public class TeamReports {
    static final List<String> CSV_COLUMNS = List.of("name", "email", "role", "purpose", "due date", "complete %",
            "modules done", "modules required", "status", "overdue", "certified until", "expiring within 30 days",
            "refresher due");
    private static final int EXPORT_PAGE = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);

    private final TeamRowQueries rows;
    private final ReportingAccess access;
    private final PeopleDirectory directory;
    private final AuditLog auditLog;
    private final Clock clock;

    TeamReports(TeamRowQueries rows, ReportingAccess access, PeopleDirectory directory, AuditLog auditLog, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<TeamRow> rows(TeamQuery query, int offset, int limit) {
        return rows.page(query, access.people(query.scope()), Moment.at(clock), offset, limit);
    }

    public long count(TeamQuery query) {
        return rows.count(query, access.people(query.scope()), Moment.at(clock));
    }

    /** The members of a team enrolled in no role and certified for none (nobody, for everyone). */
    public List<PersonSnapshot> withoutRoles(TeamScope scope) {
        var team = access.team(scope);
        if (team == null) {
            return List.of();
        }
        var withRoles = rows.peopleWithRoles(team.stream().map(PersonSnapshot::id).toList());
        return team.stream().filter(p -> !withRoles.contains(p.id())).toList();
    }

    /** The managers a trainer or admin can pick a team from. */
    @PreAuthorize(ReportingAccess.DASHBOARD_READERS)
    public List<PersonSnapshot> managers() {
        return directory.managers();
    }

    /** Writes every row the query matches as CSV; no cell can become a spreadsheet formula. Audited (hence read-write). */
    @Transactional
    public void exportCsv(TeamQuery query, Writer out) {
        var people = access.people(query.scope());
        var moment = Moment.at(clock);
        var csv = new SafeCsv(out).row(CSV_COLUMNS);
        for (int page = 0; ; page++) {
            var batch = rows.page(query, people, moment, page * EXPORT_PAGE, EXPORT_PAGE);
            batch.forEach(row -> csv.row(csvLine(row)));
            if (batch.size() < EXPORT_PAGE) {
                break;
            }
        }
        auditLog.record("PROGRESS_EXPORTED", query.scope().isEveryone() ? "everyone" : "team of " + query.scope().manager(),
                "role " + query.roleId() + ", status " + query.status() + ", text " + query.text());
    }

    private static List<Object> csvLine(TeamRow row) {
        return java.util.Arrays.asList(row.name(), row.email(), row.roleTitle(),
                row.purpose() == null ? "" : row.purpose().label(), row.dueDate() == null ? "" : row.dueDate().toString(),
                row.percentComplete(), row.completedModules(), row.requiredModules(), row.statusLabel(),
                row.overdue() ? "yes" : "no", row.certified() ? DAY.format(row.validUntil()) : "",
                row.expiring() ? "yes" : "no", row.refresherDue() ? DAY.format(row.refresherDueAt()) : "");
    }
}
