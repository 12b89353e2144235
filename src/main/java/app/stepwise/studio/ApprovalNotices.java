package app.stepwise.studio;

import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.PersonNotice;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells trainers about approval requests in the app: the other trainers when one asks, the requester when their
 * change is published. Each notice is keyed by module and draft or module version, so a delivery retried by the
 * event registry tells nobody twice, while a new request after a change is news again.
 */
@Component
class ApprovalNotices {
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    ApprovalNotices(PeopleService people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    /** Every active trainer but the requester hears of the request (admins who do not write modules are not asked). */
    @Transactional
    void reviewRequested(Draft requested) {
        var request = requested.approval();
        String detail = request.requestedBy() + " asks you to review and publish it. Note: " + request.note();
        String key = "studio-review:" + requested.moduleKey() + ":" + requested.version();
        people.activeWithAuthority(Authority.TRAINER).stream()
                .filter(trainer -> !trainer.email().equalsIgnoreCase(request.requesterEmail()))
                .forEach(trainer -> events.publishEvent(new PersonNotice(trainer.id(), "Review requested: " + requested.title(),
                        detail, "studio/" + requested.moduleKey(), key, false)));
    }

    /** The requester hears that the signed-in trainer approved their change, if they may still use the studio. */
    @Transactional
    void approved(ApprovalRequest request, String title, Published published) {
        requester(request).ifPresent(requester -> events.publishEvent(new PersonNotice(requester.id(), "Published: " + title,
                CurrentPerson.require().displayName() + " approved your change; it is version " + published.version() + ".",
                "content/library?history=" + URLEncoder.encode(published.moduleKey(), StandardCharsets.UTF_8),
                "studio-published:" + published.moduleKey() + ":v" + published.version(), false)));
    }

    /** Only trainers and admins may ask, so the requester is among them unless they lost that role or left. */
    private Optional<PersonSummary> requester(ApprovalRequest request) {
        return Stream.of(Authority.TRAINER, Authority.ADMIN).flatMap(authority -> people.activeWithAuthority(authority).stream())
                .filter(person -> person.email().equalsIgnoreCase(request.requesterEmail())).findFirst();
    }
}
