package app.stepwise.notifications;

import app.stepwise.notifications.internal.NotificationEntity;
import app.stepwise.notifications.internal.NoticeMailer;
import app.stepwise.notifications.internal.NotificationRepository;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.PersonNotice;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each notice once the publisher's transaction has committed, in a transaction of its own. The
 * event publication registry keeps the notice until this succeeds, so a failure here loses nothing and
 * never rolls back the publisher's work.
 */
@Component
class PersonNoticeRecorder {
    private final NotificationRepository notifications;
    private final NoticeMailer mailer;
    private final PeopleService people;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonNoticeRecorder(NotificationRepository notifications, NoticeMailer mailer, PeopleService people,
                         PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.people = people;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * A keyed notice (a reminder) already told to this person is dropped: daily jobs may run twice. Two copies
     * arriving at the same moment both pass the check; the unique key stores one and the other ends here quietly,
     * so its publication completes instead of being retried forever. The email goes after the commit.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PersonNotice notice) {
        long person = notice.recipient().value();
        Long stored;
        try {
            stored = transactions.execute(status -> {
                if (notice.key() != null && notifications.existsByPersonIdAndDedupeKey(person, notice.key())) {
                    return null;
                }
                return notifications.saveAndFlush(new NotificationEntity(person, notice.title(), notice.detail(),
                        notice.link(), clock.instant()).keyed(notice.key())).getId();
            });
        } catch (DataIntegrityViolationException alreadyTold) {
            return;
        }
        if (stored != null && notice.email()
                && mailer.send(notice, SystemActor.call(() -> people.emailAddress(notice.recipient()).orElse(null)))) {
            transactions.executeWithoutResult(status -> notifications.findById(stored).ifPresent(n -> n.emailed(clock.instant())));
        }
    }
}
