package app.stepwise.quiz;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.people.PeopleService;
import app.stepwise.quiz.internal.QuizAttemptGrantEntity;
import app.stepwise.quiz.internal.QuizAttemptGrantRepository;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra quiz attempts for a person held back by a module's attempt limit or cooldown: trainers and admins grant them
 * to anyone, a manager to their team. A grant raises that person's limit for the module and ends a running
 * cooldown; it is audited and the person is told in the app.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuizAttemptGrants {
    public static final int MOST_EXTRA_ATTEMPTS = 10;
    public static final int REASON_LENGTH = 1000;

    private final QuizAttemptGrantRepository grants;
    private final AttemptStandings standings;
    private final QuizAccess access;
    private final Curriculum curriculum;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuizAttemptGrants(QuizAttemptGrantRepository grants, AttemptStandings standings, QuizAccess access, Curriculum curriculum,
                      PeopleService people, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.grants = grants;
        this.standings = standings;
        this.access = access;
        this.curriculum = curriculum;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The quizzes among these modules the person may not start now because of the attempt limit or a cooldown (not
     * because they passed), by module id: for whoever may read the person's quiz results.
     */
    public Map<String, QuizOverview> heldBack(PersonId person, Collection<String> moduleIds) {
        access.requireMayRead(person);
        return standings.heldBack(person, moduleIds);
    }

    /** Grants the person {@code extraAttempts} (1 to 10) more attempts at the module's quiz, for a reason they are told. */
    @Transactional
    public AttemptGrant grant(PersonId person, String moduleId, int extraAttempts, String reason) {
        access.requireMayGrant(person);
        String why = reason == null ? "" : reason.strip();
        var errors = new LinkedHashMap<String, String>();
        if (extraAttempts < 1 || extraAttempts > MOST_EXTRA_ATTEMPTS) {
            errors.put("extraAttempts", "Grant between 1 and " + MOST_EXTRA_ATTEMPTS + " extra attempts.");
        }
        if (why.isEmpty()) {
            errors.put("reason", "Say why the extra attempts are granted; the learner is told.");
        } else if (why.length() > REASON_LENGTH) {
            errors.put("reason", "Keep the reason under " + REASON_LENGTH + " characters.");
        }
        var quiz = curriculum.quiz(moduleId == null ? "" : moduleId);
        if (quiz.isEmpty()) {
            errors.put("module", "The module '" + moduleId + "' has no quiz.");
        }
        String name = people.displayNames(List.of(person)).get(person);
        if (name == null) {
            errors.put("person", "There is no such person.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var me = CurrentPerson.require();
        var saved = grants.save(new QuizAttemptGrantEntity(person.value(), moduleId, extraAttempts, why, me.email(),
                clock.instant()));
        String title = quiz.get().moduleTitle();
        auditLog.record("QUIZ_ATTEMPTS_GRANTED", name + " (#" + person.value() + ")",
                moduleId + ": +" + extraAttempts + " (" + why + ")");
        events.publishEvent(new PersonNotice(person, "You can take the quiz again: " + title,
                me.displayName() + " granted you " + extraAttempts + (extraAttempts == 1 ? " more attempt" : " more attempts")
                        + ". Reason: " + why, "quiz/" + moduleId));
        return new AttemptGrant(saved.getId(), person, moduleId, extraAttempts, why, me.email(), saved.getGrantedAt());
    }
}
