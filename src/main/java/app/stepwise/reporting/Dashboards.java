package app.stepwise.reporting;

import app.stepwise.certification.CertificationFacts;
import app.stepwise.certification.GrantsInMonth;
import app.stepwise.feedback.FlagCounts;
import app.stepwise.people.PeopleDirectory;
import app.stepwise.reporting.internal.ModuleStatsEntity;
import app.stepwise.reporting.internal.ModuleStatsRepository;
import app.stepwise.reporting.internal.Moment;
import app.stepwise.reporting.internal.RollupQueries;
import app.stepwise.shared.InvalidInputException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' and admins' numbers: per role, per module, organisation-wide, and certifications per month. Each
 * is one or two aggregate queries on the progress summary and module statistics, whatever the organisation's size.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReportingAccess.DASHBOARD_READERS)
public class Dashboards {
    static final int MAX_MONTHS = 36;

    private final RollupQueries rollups;
    private final ModuleStatsRepository moduleStats;
    private final FlagCounts flags;
    private final CertificationFacts certifications;
    private final PeopleDirectory directory;
    private final Clock clock;

    Dashboards(RollupQueries rollups, ModuleStatsRepository moduleStats, FlagCounts flags,
               CertificationFacts certifications, PeopleDirectory directory, Clock clock) {
        this.rollups = rollups;
        this.moduleStats = moduleStats;
        this.flags = flags;
        this.certifications = certifications;
        this.directory = directory;
        this.clock = clock;
    }

    public OrganisationRollup organisation() {
        var everyone = rollups.everyone(Moment.at(clock));
        return new OrganisationRollup(directory.countActive(), everyone.people(), everyone.counts());
    }

    /** Every role with enrolled or certified people, by title. */
    public List<RoleRollup> roles() {
        return rollups.perRole(Moment.at(clock), null);
    }

    public Optional<RoleRollup> role(String roleId) {
        return rollups.perRole(Moment.at(clock), roleId).stream().findFirst();
    }

    /** A page of modules in the given order, each with its open flags. */
    public List<ModuleRollup> modules(ModuleSort sort, boolean descending, int offset, int limit) {
        int size = Math.max(1, limit);
        var page = PageRequest.of(Math.max(0, offset) / size, size, order(sort, descending));
        var stats = moduleStats.findPage(page);
        var open = flags.unresolved(stats.stream().map(ModuleStatsEntity::getModuleKey).toList());
        return stats.stream().map(m -> new ModuleRollup(m.getModuleKey(), m.getTitle(), m.getVersion(), m.isHasQuiz(),
                m.getStarted(), m.getCompleted(), m.getCompletionRate(), m.getQuizPassers(), m.getAttemptsToPass(),
                open.getOrDefault(m.getModuleKey(), 0L))).toList();
    }

    public long moduleCount() {
        return moduleStats.count();
    }

    /** Certifications granted (or last renewed) in each of the last {@code months} months, this one included. */
    public List<GrantsInMonth> certificationsPerMonth(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidInputException("months", "Choose between 1 and " + MAX_MONTHS + " months.");
        }
        var thisMonth = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        return certifications.grantsPerMonth(thisMonth.minusMonths(months - 1L), thisMonth);
    }

    private static Sort order(ModuleSort sort, boolean descending) {
        String first = switch (sort) {
            case TITLE -> "title";
            case STARTED -> "started";
            case COMPLETION_RATE -> "completionRate";
            case ATTEMPTS_TO_PASS -> "attemptsToPass";
        };
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, first).and(Sort.by("title", "moduleKey"));
    }
}
