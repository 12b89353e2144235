package app.stepwise.reporting;

import app.stepwise.audit.AuditLog;
import app.stepwise.certification.CertificationFacts;
import app.stepwise.content.Curriculum;
import app.stepwise.course.CourseService;
import app.stepwise.course.RolePath;
import app.stepwise.people.PeopleDirectory;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.practice.PracticeService;
import app.stepwise.quiz.QuizHistory;
import app.stepwise.reporting.internal.TrainingRecordPdf;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's training in detail (the drill-down from the team grid) and as a PDF training record: for their
 * manager, trainers and admins. Read live from the owning modules, a fixed number of queries per role path.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReportingAccess.TEAM_READERS)
public class PersonReports {
    private final ReportingAccess access;
    private final PeopleDirectory people;
    private final CourseService course;
    private final QuizHistory quizzes;
    private final PracticeService practice;
    private final CertificationFacts certifications;
    private final Curriculum curriculum;
    private final AuditLog auditLog;
    private final Clock clock;

    PersonReports(ReportingAccess access, PeopleDirectory people, CourseService course, QuizHistory quizzes,
                  PracticeService practice, CertificationFacts certifications, Curriculum curriculum, AuditLog auditLog,
                  Clock clock) {
        this.access = access;
        this.people = people;
        this.course = course;
        this.quizzes = quizzes;
        this.practice = practice;
        this.certifications = certifications;
        this.curriculum = curriculum;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public PersonReport report(PersonId personId) {
        access.requireMayRead(personId);
        var now = clock.instant();
        var person = people.person(personId)
                .orElseThrow(() -> new InvalidInputException("person", "There is no such person."));
        var paths = course.paths(personId);
        var moduleTitles = new HashMap<String, String>();
        paths.forEach(path -> path.modules().forEach(m -> moduleTitles.put(m.moduleId(), m.title())));
        var held = certifications.of(personId);
        held.refreshers().forEach(r -> moduleTitles.putIfAbsent(r.moduleId(), r.moduleId()));
        var moduleIds = new LinkedHashSet<>(moduleTitles.keySet());
        var roleTitles = roleTitles(paths);
        var attempts = quizzes.attempts(personId, moduleIds).stream().map(a -> new PersonReport.AttemptLine(a.moduleId(),
                moduleTitles.get(a.moduleId()), a.version(), a.attemptNo(), a.scorePercent(), a.passed(), a.submittedAt())).toList();
        return new PersonReport(person, paths,
                held.certifications().stream().map(c -> new PersonReport.CertificationLine(c.id(), c.roleId(),
                        roleTitles.getOrDefault(c.roleId(), c.roleId()), c.statusAt(now), c.grantedAt(), c.validUntil())).toList(),
                held.refreshers().stream().map(r -> new PersonReport.RefresherLine(roleTitles.getOrDefault(r.roleId(), r.roleId()),
                        r.moduleId(), moduleTitles.get(r.moduleId()), r.toVersion(), r.dueAt())).toList(),
                attempts, practice.progress(personId, moduleIds), now);
    }

    /** The person's training record as a PDF. Audited, as it leaves the application (hence read-write). */
    @Transactional
    public byte[] trainingRecordPdf(PersonId personId) {
        var report = report(personId);
        auditLog.record("TRAINING_RECORD_EXPORTED", report.person().email(), null);
        return TrainingRecordPdf.render(report);
    }

    /** Role titles by id: every role in one query, since certifications may be for roles outside the paths. */
    private Map<String, String> roleTitles(java.util.List<RolePath> paths) {
        var titles = new HashMap<String, String>();
        curriculum.roles().forEach(role -> titles.put(role.id(), role.title()));
        paths.forEach(path -> titles.put(path.roleId(), path.roleTitle()));
        return titles;
    }
}
