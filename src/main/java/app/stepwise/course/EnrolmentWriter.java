package app.stepwise.course;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.internal.EnrolmentEntity;
import app.stepwise.course.internal.EnrolmentRepository;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one enrolment once the caller's right to enrol was checked: refuses a deactivated person, a past date and a
 * second enrolment in the same role; resolves the due rule; audits and publishes {@link EnrolmentCreated}. Shared by
 * single, bulk, automatic and requested enrolments so they all follow the same rules.
 */
@Component
class EnrolmentWriter {
    private final EnrolmentRepository enrolments;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentWriter(EnrolmentRepository enrolments, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    boolean alreadyEnrolled(PersonSummary person, String roleId) {
        return enrolments.existsByPersonIdAndRoleKey(person.id().value(), roleId);
    }

    void checkDue(DueRule due) {
        due.checkDate(LocalDate.now(clock));
    }

    Enrolment enrol(PersonSummary person, RoleOutline role, EnrolmentPurpose purpose, DueRule due, String assignedBy) {
        if (!person.active()) {
            throw new InvalidInputException("person", person.name() + " is deactivated.");
        }
        LocalDate today = LocalDate.now(clock);
        due.checkDate(today);
        if (alreadyEnrolled(person, role.id())) {
            throw new InvalidInputException("role", person.name() + " is already enrolled in " + role.title() + ".");
        }
        LocalDate dueDate = due.resolve(person.startDate(), today);
        var entity = new EnrolmentEntity(person.id().value(), role.id(), purpose, dueDate, assignedBy, clock.instant());
        entity.dueRelativeToStart(due.daysAfterStart());
        var saved = enrolments.save(entity);
        auditLog.record(assignedBy, "ENROLLED", person.email(), role.id() + " (" + purpose.label() + ")"
                + (dueDate == null ? "" : ", due " + dueDate + (due.daysAfterStart() == null ? "" : " (" + due.describe() + ")")), null);
        events.publishEvent(new EnrolmentCreated(person.id(), role.id(), purpose));
        return CourseService.enrolment(saved, person.name(), role.title());
    }
}
