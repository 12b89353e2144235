package app.stepwise.course;

import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.internal.EnrolmentEntity;
import app.stepwise.course.internal.EnrolmentRepository;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders about role paths: due within {@code stepwise.reminders.due-soon-days} (default 7), and overdue.
 * Each is a keyed notice, told once per enrolment and due date however often the job runs; a path whose required
 * modules are all done gets none.
 */
@Component
public class EnrolmentReminders {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final EnrolmentRepository enrolments;
    private final Curriculum curriculum;
    private final ProgressFacts facts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dueSoonDays;

    EnrolmentReminders(EnrolmentRepository enrolments, Curriculum curriculum, ProgressFacts facts,
                       ApplicationEventPublisher events, Clock clock,
                       @Value("${stepwise.reminders.due-soon-days:7}") int dueSoonDays) {
        this.enrolments = enrolments;
        this.curriculum = curriculum;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    @Scheduled(cron = "${stepwise.reminders.daily-cron:0 30 3 * * *}", zone = "UTC")
    void daily() {
        remind(LocalDate.now(clock));
    }

    /** One run as of {@code today}; returns how many reminders were published (duplicates are dropped downstream). */
    @Transactional // not read-only: publishing records the events in the publication registry
    public int remind(LocalDate today) {
        return SystemActor.call(() -> {
            int published = 0;
            for (var enrolment : enrolments.findByDueDateLessThanEqualOrderByDueDate(today.plusDays(dueSoonDays))) {
                var role = curriculum.role(enrolment.getRoleKey()).orElse(null);
                if (role == null || pathDone(enrolment, role)) {
                    continue;
                }
                events.publishEvent(notice(enrolment, role, today));
                published++;
            }
            return published;
        });
    }

    private boolean pathDone(EnrolmentEntity enrolment, RoleOutline role) {
        var known = facts.of(new PersonId(enrolment.getPersonId()), role.requiredModules());
        return role.requiredModules().stream().allMatch(id -> known.containsKey(id) && known.get(id).complete());
    }

    private static PersonNotice notice(EnrolmentEntity enrolment, RoleOutline role, LocalDate today) {
        var person = new PersonId(enrolment.getPersonId());
        var due = enrolment.getDueDate();
        if (due.isBefore(today)) {
            return PersonNotice.reminder(person, "Overdue: your " + role.title() + " path",
                    "It was due on " + DAY.format(due) + ". Pick up where you left off; your manager sees it as overdue.",
                    "learning", "overdue:enrolment:" + enrolment.getId() + ":" + due);
        }
        return PersonNotice.reminder(person, "Due soon: your " + role.title() + " path",
                "It is due on " + DAY.format(due) + ".", "learning", "due-soon:enrolment:" + enrolment.getId() + ":" + due);
    }
}
