package app.stepwise.reporting;

import app.stepwise.people.PeopleDirectory;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonId;
import app.stepwise.people.PersonSnapshot;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see whose progress: trainers and admins everyone, a manager the people who report to them. Checked
 * in the services whatever a view offers, so an id typed into an address gets no further.
 */
@Component
class ReportingAccess {
    static final String TEAM_READERS = "hasAnyRole('" + Authority.Names.MANAGER + "', '" + Authority.Names.TRAINER + "', '"
            + Authority.Names.ADMIN + "')";
    static final String DASHBOARD_READERS = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";

    private final PeopleDirectory directory;

    ReportingAccess(PeopleDirectory directory) {
        this.directory = directory;
    }

    /** The people a scope covers; null for everyone, which only trainers and admins may ask for. */
    Collection<PersonId> people(TeamScope scope) {
        var team = team(scope);
        return team == null ? null : team.stream().map(PersonSnapshot::id).toList();
    }

    /** The members of the scope's team; null for everyone, which only trainers and admins may ask for. */
    List<PersonSnapshot> team(TeamScope scope) {
        var me = CurrentPerson.require();
        if (scope.isEveryone() && !readsEveryone()) {
            throw new AccessDeniedException("Managers see their own team only.");
        }
        if (scope.isEveryone()) {
            return null;
        }
        if (!scope.manager().equals(me.personId()) && !readsEveryone()) {
            throw new AccessDeniedException("Managers see their own team only.");
        }
        return directory.team(scope.manager());
    }

    void requireMayRead(PersonId person) {
        if (readsEveryone()) {
            return;
        }
        if (!directory.manages(CurrentPerson.require().personId(), person)) {
            throw new AccessDeniedException("You may see the progress of the people in your team only.");
        }
    }

    private static boolean readsEveryone() {
        var me = CurrentPerson.require();
        return me.has(Authority.TRAINER) || me.has(Authority.ADMIN);
    }
}
