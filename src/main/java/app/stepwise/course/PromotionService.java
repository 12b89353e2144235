package app.stepwise.course;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.PromotionOption.GapModule;
import app.stepwise.course.PromotionOption.RequestState;
import app.stepwise.course.internal.EnrolmentRepository;
import app.stepwise.course.internal.EnrolmentRequestEntity;
import app.stepwise.course.internal.EnrolmentRequestEntity.Status;
import app.stepwise.course.internal.EnrolmentRequestRepository;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion paths: the roles an employee may aim for (the next roles of their paths and of their job, or any role when
 * {@code stepwise.promotion.any-role} is on), the gap to each, and enrolling: directly, or by a request their manager
 * (or an admin) approves when {@code stepwise.promotion.approval} is {@code manager} (the default).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PromotionService {
    private final Curriculum curriculum;
    private final EnrolmentRepository enrolments;
    private final EnrolmentRequestRepository requests;
    private final ProgressFacts facts;
    private final PeopleService people;
    private final EnrolmentWriter writer;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean anyRole;
    private final boolean needsApproval;

    PromotionService(Curriculum curriculum, EnrolmentRepository enrolments, EnrolmentRequestRepository requests,
                     ProgressFacts facts, PeopleService people, EnrolmentWriter writer, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock,
                     @Value("${stepwise.promotion.any-role:false}") boolean anyRole,
                     @Value("${stepwise.promotion.approval:manager}") String approval) {
        this.curriculum = curriculum;
        this.enrolments = enrolments;
        this.requests = requests;
        this.facts = facts;
        this.people = people;
        this.writer = writer;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.anyRole = anyRole;
        this.needsApproval = switch (approval) {
            case "manager" -> true;
            case "none" -> false;
            default -> throw new IllegalStateException("stepwise.promotion.approval must be 'manager' or 'none', not '" + approval + "'.");
        };
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    /** The roles the signed-in person may aim for, each with their gap, nearest first. */
    public List<PromotionOption> myOptions() {
        var me = people.get(CurrentPerson.require().personId());
        var enrolled = enrolledRoles(me.id());
        var mine = requests.findByPersonId(me.id().value()).stream()
                .collect(Collectors.toMap(EnrolmentRequestEntity::getRoleKey, r -> r));
        return openRoles(me, enrolled).stream().map(role -> option(me.id(), role, enrolled.contains(role.id()), mine.get(role.id())))
                .sorted(java.util.Comparator.comparingLong(PromotionOption::modulesToGo).thenComparing(PromotionOption::title))
                .toList();
    }

    /** Enrols the signed-in person in a role open to them, or asks their manager to. Returns what happened, in words. */
    @Transactional
    public String enrolOrRequest(String roleId) {
        var me = people.get(CurrentPerson.require().personId());
        var enrolled = enrolledRoles(me.id());
        var role = openRoles(me, enrolled).stream().filter(r -> r.id().equals(roleId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", "The role '" + roleId + "' is not a next step for you."));
        if (enrolled.contains(roleId)) {
            throw new InvalidInputException("role", "You are already enrolled in " + role.title() + ".");
        }
        if (!needsApproval) {
            writer.enrol(me, role, EnrolmentPurpose.PROMOTION, DueRule.none(), me.email());
            return "You are enrolled in " + role.title() + ". It is on My learning.";
        }
        var request = requests.findByPersonIdAndRoleKey(me.id().value(), roleId)
                .orElseGet(() -> new EnrolmentRequestEntity(me.id().value(), roleId));
        if (request.getStatus() == Status.PENDING) {
            throw new InvalidInputException("role", "You already asked to follow " + role.title() + "; your manager has not decided yet.");
        }
        request.ask(clock.instant());
        requests.save(request);
        auditLog.record("ENROLMENT_REQUESTED", me.email(), roleId);
        if (me.managerId() != null) {
            events.publishEvent(new PersonNotice(me.managerId(), me.name() + " asks to follow " + role.title(),
                    "Approve or decline on the Enrolments page.", "enrolments"));
        }
        return "Your request to follow " + role.title() + " was sent" + (me.managerId() == null ? " to the admins." : " to " + me.managerName() + ".");
    }

    /** Pending requests the signed-in approver decides: a manager's team, or everyone's for admins. */
    @PreAuthorize(CourseService.ENROLS)
    public List<EnrolmentRequest> pendingRequests() {
        var me = CurrentPerson.require();
        List<EnrolmentRequestEntity> pending = me.has(Authority.ADMIN)
                ? requests.findByStatusOrderByRequestedAt(Status.PENDING)
                : requests.findByStatusAndPersonIdInOrderByRequestedAt(Status.PENDING,
                        people.directReports(me.personId()).stream().map(p -> p.id().value()).toList());
        var names = people.displayNames(pending.stream().map(r -> new PersonId(r.getPersonId())).collect(Collectors.toSet()));
        return pending.stream().map(r -> new EnrolmentRequest(r.getId(), new PersonId(r.getPersonId()),
                names.getOrDefault(new PersonId(r.getPersonId()), "?"), r.getRoleKey(), roleTitle(r.getRoleKey()),
                r.getRequestedAt())).toList();
    }

    @Transactional
    @PreAuthorize(CourseService.ENROLS)
    public Enrolment approve(long requestId, DueRule due) {
        var request = pending(requestId);
        var person = approvable(request);
        var role = curriculum.role(request.getRoleKey())
                .orElseThrow(() -> new InvalidInputException("role", "The role '" + request.getRoleKey() + "' no longer exists."));
        String approver = CurrentPerson.require().email();
        request.decide(Status.APPROVED, approver, null, clock.instant());
        var enrolment = writer.enrol(person, role, EnrolmentPurpose.PROMOTION, due, approver);
        events.publishEvent(new PersonNotice(person.id(), "You may follow " + role.title(),
                "Your request was approved. The path is on My learning.", "learning"));
        return enrolment;
    }

    @Transactional
    @PreAuthorize(CourseService.ENROLS)
    public void decline(long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why, so they know what to do next.");
        }
        var request = pending(requestId);
        var person = approvable(request);
        String why = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
        request.decide(Status.DECLINED, CurrentPerson.require().email(), why, clock.instant());
        auditLog.record("ENROLMENT_REQUEST_DECLINED", person.email(), request.getRoleKey() + ": " + why);
        events.publishEvent(new PersonNotice(person.id(), "Your request to follow " + roleTitle(request.getRoleKey())
                + " was declined", why, "promotion"));
    }

    private EnrolmentRequestEntity pending(long requestId) {
        var request = requests.findById(requestId)
                .orElseThrow(() -> new InvalidInputException("request", "There is no such request."));
        if (request.getStatus() != Status.PENDING) {
            throw new InvalidInputException("request", "This request was already decided.");
        }
        return request;
    }

    /** The requester, if the signed-in person may decide for them: refuses a manager outside their team. */
    private PersonSummary approvable(EnrolmentRequestEntity request) {
        var person = people.get(new PersonId(request.getPersonId()));
        var me = CurrentPerson.require();
        if (!me.has(Authority.ADMIN) && !me.personId().equals(person.managerId())) {
            throw new AccessDeniedException("Managers decide for their own team.");
        }
        return person;
    }

    private List<RoleOutline> openRoles(PersonSummary me, Set<String> enrolled) {
        var roles = curriculum.roles();
        if (anyRole) {
            return roles;
        }
        var ids = new LinkedHashSet<String>();
        roles.stream().filter(r -> enrolled.contains(r.id()) || r.title().equalsIgnoreCase(Objects.toString(me.jobTitle(), "").strip()))
                .forEach(r -> ids.addAll(r.nextRoles()));
        ids.addAll(enrolled.stream().filter(id -> roles.stream().anyMatch(r -> r.nextRoles().contains(id))).toList());
        return roles.stream().filter(r -> ids.contains(r.id())).toList();
    }

    private PromotionOption option(PersonId me, RoleOutline role, boolean enrolled, EnrolmentRequestEntity request) {
        var known = facts.of(me, role.requiredModules());
        var gap = role.requiredModules().stream().map(known::get).filter(Objects::nonNull)
                .map(f -> new GapModule(f.moduleId(), f.title(), f.estimateMinutes(), f.complete())).toList();
        int minutes = gap.stream().filter(m -> !m.done()).mapToInt(m -> m.estimateMinutes() == null ? 0 : m.estimateMinutes()).sum();
        var state = request == null || request.getStatus() == Status.APPROVED ? RequestState.NONE
                : request.getStatus() == Status.PENDING ? RequestState.PENDING : RequestState.DECLINED;
        return new PromotionOption(role.id(), role.title(), role.descriptionHtml(), gap, minutes, enrolled, state,
                state == RequestState.DECLINED ? request.getReason() : null);
    }

    private Set<String> enrolledRoles(PersonId person) {
        return enrolments.findByPersonIdOrderByEnrolledAt(person.value()).stream().map(e -> e.getRoleKey())
                .collect(Collectors.toSet());
    }

    private String roleTitle(String roleId) {
        return curriculum.role(roleId).map(RoleOutline::title).orElse(roleId);
    }
}
