package app.stepwise.reporting.internal;

import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.course.ModuleCounts;
import app.stepwise.course.ProgressQueries;
import app.stepwise.quiz.QuizHistory;
import app.stepwise.quiz.QuizPassCounts;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-module counts (current version: started, completed, quiz passes and attempts to pass), recounted
 * per module when something happens to it: counting one module reads one index range, counting all of them on
 * every dashboard view would read every progress row.
 */
@Component
public class ModuleStatistics {
    private static final int CHUNK = 200;
    private static final String INSERT = "insert into module_stats (module_key, module_title, module_version, has_quiz,"
            + " learners_started, learners_completed, completion_rate, quiz_passers, attempts_to_pass, computed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Curriculum curriculum;
    private final ContentLibrary library;
    private final ProgressQueries progress;
    private final QuizHistory quizzes;
    private final JdbcTemplate jdbc;
    private final SummaryWrites writes;
    private final Clock clock;

    ModuleStatistics(Curriculum curriculum, ContentLibrary library, ProgressQueries progress, QuizHistory quizzes,
                     JdbcTemplate jdbc, SummaryWrites writes, Clock clock) {
        this.curriculum = curriculum;
        this.library = library;
        this.progress = progress;
        this.quizzes = quizzes;
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    /** Recounts these modules; modules that no longer exist lose their row. */
    public void refresh(Collection<String> moduleIds) {
        var ids = List.copyOf(moduleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            writes.write(() -> write(chunk));
        }
    }

    /** Recounts every module of the library and drops the rows of modules gone from it. */
    public int rebuild() {
        var started = ProgressProjection.utc(clock.instant());
        int count = (int) library.count("");
        var ids = library.find("", 0, Math.max(1, count)).stream().map(app.stepwise.content.ModuleSummary::id).toList();
        refresh(ids);
        writes.write(() -> jdbc.update("delete from module_stats where computed_at < ?", started));
        return ids.size();
    }

    private void write(List<String> moduleIds) {
        var modules = curriculum.modules(moduleIds);
        var shapes = curriculum.shapes(moduleIds);
        Map<String, ModuleCounts> counts = new HashMap<>();
        progress.moduleCounts(moduleIds).stream().filter(c -> current(modules, c.moduleId(), c.version()))
                .forEach(c -> counts.put(c.moduleId(), c));
        Map<String, QuizPassCounts> passes = new HashMap<>();
        quizzes.passCounts(moduleIds).stream().filter(p -> current(modules, p.moduleId(), p.version()))
                .forEach(p -> passes.put(p.moduleId(), p));
        jdbc.update("delete from module_stats where module_key in (" + String.join(",", moduleIds.stream().map(id -> "?").toList())
                + ")", moduleIds.toArray());
        var now = ProgressProjection.utc(clock.instant());
        var present = moduleIds.stream().filter(id -> modules.containsKey(id) && shapes.containsKey(id)).toList();
        jdbc.batchUpdate(INSERT, present, CHUNK, (s, id) -> {
            var module = modules.get(id);
            var count = counts.getOrDefault(id, new ModuleCounts(id, module.currentVersion(), 0, 0));
            var pass = passes.getOrDefault(id, new QuizPassCounts(id, module.currentVersion(), 0, 0));
            s.setString(1, id);
            s.setString(2, module.title());
            s.setInt(3, module.currentVersion());
            s.setBoolean(4, shapes.get(id).hasQuiz());
            s.setLong(5, count.started());
            s.setLong(6, count.completed());
            s.setDouble(7, count.started() == 0 ? 0 : (double) count.completed() / count.started());
            s.setLong(8, pass.passers());
            s.setDouble(9, pass.passers() == 0 ? 0 : (double) pass.attemptsToPass() / pass.passers());
            s.setObject(10, now, java.sql.Types.TIMESTAMP);
        });
    }

    private static boolean current(Map<String, app.stepwise.content.ModuleSummary> modules, String moduleId, int version) {
        var module = modules.get(moduleId);
        return module != null && module.currentVersion() == version;
    }
}
