package app.stepwise.certification;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells people and the audit log what happened to a certification, in one wording. */
@Component
class CertificationNotices {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final PeopleService people;

    CertificationNotices(AuditLog auditLog, ApplicationEventPublisher events, PeopleService people) {
        this.auditLog = auditLog;
        this.events = events;
        this.people = people;
    }

    /** Audits under the person's name and id; needs a trainer's, manager's or admin's read rights (or the system's). */
    void audit(String action, PersonId person, String details) {
        String name = people.displayNames(List.of(person)).getOrDefault(person, "unknown");
        auditLog.record(action, name + " (#" + person.value() + ")", details);
    }

    void tell(PersonId person, String title, String detail, String link) {
        events.publishEvent(new PersonNotice(person, title, detail, link));
    }

    /** A reminder: in the app and by email, once per key. */
    void remind(PersonId person, String title, String detail, String link, String key) {
        events.publishEvent(PersonNotice.reminder(person, title, detail, link, key));
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }
}
