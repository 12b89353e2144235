package app.stepwise.quiz;

import app.stepwise.people.PeopleDirectory;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read and act on whose quizzes: checked in the services whatever a view offers. */
@Component
class QuizAccess {
    private final PeopleService people;
    private final PeopleDirectory directory;

    QuizAccess(PeopleService people, PeopleDirectory directory) {
        this.people = people;
        this.directory = directory;
    }

    /** The person themselves, trainers, admins and the person's manager read their quiz outcomes. */
    void requireMayRead(PersonId person) {
        var me = CurrentPerson.require();
        if (me.personId().equals(person) || readsEveryone()) {
            return;
        }
        if (!me.has(Authority.MANAGER)) {
            throw new AccessDeniedException("You may not see this person's quiz results.");
        }
        people.get(person); // refuses anyone outside the manager's team
    }

    /** Trainers and admins grant anyone extra attempts; a manager the active members of their team, not themselves. */
    void requireMayGrant(PersonId person) {
        if (readsEveryone()) {
            return;
        }
        var me = CurrentPerson.require();
        if (!me.has(Authority.MANAGER) || me.personId().equals(person) || !directory.manages(me.personId(), person)) {
            throw new AccessDeniedException("You may grant extra attempts to the people in your team only.");
        }
    }

    static boolean readsEveryone() {
        var me = CurrentPerson.require();
        return me.has(Authority.TRAINER) || me.has(Authority.ADMIN);
    }
}
