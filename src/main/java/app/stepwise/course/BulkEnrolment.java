package app.stepwise.course;

import app.stepwise.content.RoleOutline;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols many people in one role path at once: a manager's whole team, or everyone holding a job title. People already
 * enrolled are reported, not refused, so a bulk enrolment can be repeated when the team grows. All or nothing.
 */
@Service
@Transactional
@PreAuthorize(CourseService.ENROLS)
public class BulkEnrolment {
    private final CourseService course;
    private final PeopleService people;
    private final EnrolmentWriter writer;

    BulkEnrolment(CourseService course, PeopleService people, EnrolmentWriter writer) {
        this.course = course;
        this.people = people;
        this.writer = writer;
    }

    /** Managers enrol their own team; admins any manager's team. */
    public BulkEnrolmentResult enrolTeam(PersonId managerId, String roleId, EnrolmentPurpose purpose, DueRule due) {
        return enrolAll(people.directReports(managerId), course.role(roleId), purpose, due);
    }

    /** Admins only: everyone active whose job title is this one (ignoring case). */
    @PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
    public BulkEnrolmentResult enrolJobTitle(String jobTitle, String roleId, EnrolmentPurpose purpose, DueRule due) {
        return enrolAll(people.withJobTitle(jobTitle), course.role(roleId), purpose, due);
    }

    private BulkEnrolmentResult enrolAll(List<PersonSummary> everyone, RoleOutline role, EnrolmentPurpose purpose, DueRule due) {
        String me = CurrentPerson.require().email();
        writer.checkDue(due); // before anyone, so an empty team still hears about a bad date
        var enrolled = new ArrayList<String>();
        var already = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        for (var person : everyone) {
            if (!person.active()) {
                skipped.add(person.name());
            } else if (writer.alreadyEnrolled(person, role.id())) {
                already.add(person.name());
            } else {
                writer.enrol(person, role, purpose, due, me);
                enrolled.add(person.name());
            }
        }
        return new BulkEnrolmentResult(enrolled, already, skipped);
    }
}
