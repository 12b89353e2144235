package app.stepwise.course;

import app.stepwise.content.Curriculum;
import app.stepwise.people.PersonCreated;
import app.stepwise.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * With {@code stepwise.enrolment.auto-by-job-title} on, a person added with a job title that names a role (same title,
 * ignoring case) is enrolled in that role's path as a new hire, due within {@code stepwise.enrolment.auto-due-days} of
 * their start date.
 */
@Component
class AutoEnrolment {
    private static final Logger log = LoggerFactory.getLogger(AutoEnrolment.class);
    static final String ASSIGNED_BY = "system (job title)";

    private final Curriculum curriculum;
    private final EnrolmentWriter writer;
    private final boolean enabled;
    private final int dueDays;

    AutoEnrolment(Curriculum curriculum, EnrolmentWriter writer,
                  @Value("${stepwise.enrolment.auto-by-job-title:false}") boolean enabled,
                  @Value("${stepwise.enrolment.auto-due-days:30}") int dueDays) {
        this.curriculum = curriculum;
        this.writer = writer;
        this.enabled = enabled;
        this.dueDays = dueDays;
    }

    @ApplicationModuleListener
    void on(PersonCreated created) {
        var person = created.person();
        if (!enabled || person.jobTitle() == null || person.jobTitle().isBlank()) {
            return;
        }
        SystemActor.run(() -> curriculum.roles().stream()
                .filter(role -> role.title().equalsIgnoreCase(person.jobTitle().strip()))
                .filter(role -> !writer.alreadyEnrolled(person, role.id()))
                .findFirst()
                .ifPresent(role -> {
                    writer.enrol(person, role, EnrolmentPurpose.ONBOARDING, DueRule.withinDaysOfStart(dueDays), ASSIGNED_BY);
                    log.info("Enrolled {} in {} by job title", person.email(), role.id());
                }));
    }
}
