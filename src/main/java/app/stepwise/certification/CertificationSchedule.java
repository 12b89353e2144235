package app.stepwise.certification;

import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationRepository;
import app.stepwise.certification.internal.RefresherRepository;
import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily certification check: lapses certifications whose refresher is overdue or whose validity ended, and
 * reminds people before expiry, once. Safe to run twice or on several nodes: every change is guarded by the
 * stored state ({@code reminded_at}, the status) and optimistic locking.
 */
@Component
public class CertificationSchedule {
    private static final Duration REFRESHER_LEAD = Duration.ofDays(7);

    private final CertificationRepository certifications;
    private final RefresherRepository refreshers;
    private final Curriculum curriculum;
    private final CertificationRules rules;
    private final CertificationNotices notices;
    private final Clock clock;
    private final Duration reminderLead;

    CertificationSchedule(CertificationRepository certifications, RefresherRepository refreshers, CertificationRules rules,
                          Curriculum curriculum, CertificationNotices notices,
                          Clock clock, @Value("${stepwise.certification.reminder-days:30}") int reminderDays) {
        this.certifications = certifications;
        this.refreshers = refreshers;
        this.rules = rules;
        this.curriculum = curriculum;
        this.notices = notices;
        this.clock = clock;
        this.reminderLead = Duration.ofDays(reminderDays);
    }

    @Scheduled(cron = "${stepwise.certification.daily-cron:0 15 3 * * *}", zone = "UTC")
    void daily() {
        check(clock.instant());
    }

    /** One run of the check as of {@code now} (tests move time by passing a later instant). */
    @Transactional
    public DailyCheck check(Instant now) {
        return SystemActor.call(() -> {
            int refresher = 0;
            for (var certification : certifications.withOverdueRefresher(now)) {
                lapse(certification, now, "a refresher was not done in time");
                refresher++;
            }
            int expired = 0;
            for (var certification : certifications.findTop500ByStatusAndValidUntilBefore(CertificationEntity.Status.GRANTED, now)) {
                lapse(certification, now, "its validity ended");
                rules.openRenewal(certification, now);
                expired++;
            }
            int reminded = 0;
            for (var certification : certifications.needingReminder(now.plus(reminderLead))) {
                certification.reminded(now);
                notices.remind(person(certification), "Your certification as " + roleTitle(certification) + " expires soon",
                        "It is valid until " + CertificationNotices.day(certification.getValidUntil()) + ".", "certificates",
                        "expiring:certification:" + certification.getId() + ":" + certification.getValidUntil());
                reminded++;
            }
            for (var due : refreshers.findTop500ByDoneAtIsNullAndDueAtBefore(now.plus(REFRESHER_LEAD))) {
                if (due.getDueAt().isAfter(now)) { // overdue ones lapse the certification above
                    String title = curriculum.module(due.getModuleKey()).map(m -> m.title()).orElse(due.getModuleKey());
                    notices.remind(new PersonId(due.getPersonId()), "Refresher due soon: " + title,
                            "Redo it by " + CertificationNotices.day(due.getDueAt()) + " to stay certified.",
                            "refresher/" + due.getModuleKey(), "refresher-due:" + due.getId());
                }
            }
            return new DailyCheck(refresher, expired, reminded);
        });
    }

    private void lapse(CertificationEntity certification, Instant now, String reason) {
        certification.lapse(now, reason);
        notices.audit("CERTIFICATION_LAPSED", person(certification), certification.getRoleKey() + ": " + reason);
        notices.tell(person(certification), "Your certification as " + roleTitle(certification) + " has lapsed",
                "It lapsed because " + reason + "." + (reason.equals("its validity ended")
                        ? " Renew it by passing its quizzes again: see Certificates." : ""), "certificates");
    }

    private String roleTitle(CertificationEntity certification) {
        return curriculum.role(certification.getRoleKey()).map(RoleOutline::title).orElse(certification.getRoleKey());
    }

    private static PersonId person(CertificationEntity certification) {
        return new PersonId(certification.getPersonId());
    }
}
