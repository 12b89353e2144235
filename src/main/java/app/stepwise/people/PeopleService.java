package app.stepwise.people;

import app.stepwise.audit.AuditLog;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.people.internal.PersonSpecifications;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.csv.SafeCsv;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing people. Administrators manage everyone; a manager sees their own team; everybody may read
 * their own record. Every change of authorities, activity or password is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleService {
    static final String ADMIN_ONLY = "hasRole('" + Authority.Names.ADMIN + "')";
    static final List<String> CSV_COLUMNS =
            List.of("name", "email", "job title", "manager email", "start date", "authorities", "active");

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder, AuditLog auditLog,
                  ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN_ONLY)
    public List<PersonSummary> find(PeopleQuery query, Pageable page) {
        var sorted = page.getSort().isSorted() ? page : org.springframework.data.domain.PageRequest.of(
                page.getPageNumber(), page.getPageSize(), Sort.by("fullName", "id"));
        return people.findAll(PersonSpecifications.matching(query), sorted).map(PeopleService::summary).getContent();
    }

    @PreAuthorize(ADMIN_ONLY)
    public long count(PeopleQuery query) {
        return people.count(PersonSpecifications.matching(query));
    }

    /** Admins read anyone; others read themselves and the people who report to them. */
    public PersonSummary get(PersonId id) {
        var person = load(id);
        var me = CurrentPerson.require();
        boolean allowed = me.has(Authority.ADMIN) || me.personId().equals(id)
                || (person.getManager() != null && person.getManager().getId() == me.personId().value());
        if (!allowed) {
            throw new AccessDeniedException("You may not view this person.");
        }
        return summary(person);
    }

    /**
     * Display names for lists that trainers and managers work through (review queues, results); only names,
     * nothing else about the people.
     */
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.MANAGER + "', '"
            + Authority.Names.ADMIN + "')")
    public java.util.Map<PersonId, String> displayNames(java.util.Collection<PersonId> ids) {
        var names = new java.util.HashMap<PersonId, String>();
        people.findAllById(ids.stream().map(PersonId::value).toList())
                .forEach(person -> names.put(new PersonId(person.getId()), person.getFullName()));
        return names;
    }

    /**
     * The names of the people with these emails (compared ignoring case), for showing who did something where the
     * record keeps the email; an email nobody has is left out, so callers show it as it is.
     */
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.MANAGER + "', '"
            + Authority.Names.ADMIN + "')")
    public java.util.Map<String, String> namesByEmail(java.util.Collection<String> emails) {
        var wanted = emails.stream().map(Emails::normalise).filter(e -> !e.isEmpty()).collect(java.util.stream.Collectors.toSet());
        var names = new java.util.HashMap<String, String>();
        if (!wanted.isEmpty()) {
            people.findByEmailIn(wanted).forEach(person -> names.put(person.getEmail(), person.getFullName()));
        }
        return names;
    }

    @PreAuthorize("hasAnyRole('" + Authority.Names.MANAGER + "', '" + Authority.Names.ADMIN + "')")
    public List<PersonSummary> directReports(PersonId managerId) {
        var me = CurrentPerson.require();
        if (!me.has(Authority.ADMIN) && !me.personId().equals(managerId)) {
            throw new AccessDeniedException("Managers see their own team only.");
        }
        return people.findActiveReports(managerId.value()).stream().map(PeopleService::summary).toList();
    }

    /** Where to email an active person, for the system's reminders; empty for someone deactivated. */
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
    public java.util.Optional<String> emailAddress(PersonId id) {
        return people.findById(id.value()).filter(PersonEntity::isActive).map(PersonEntity::getEmail);
    }

    /** The active people holding the authority, by name: who to tell about work for that role (e.g. a review). */
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
    public List<PersonSummary> activeWithAuthority(Authority authority) {
        var holders = new PeopleQuery(null, java.util.Objects.requireNonNull(authority, "authority"), false);
        return people.findAll(PersonSpecifications.matching(holders), Sort.by("fullName", "id"))
                .stream().map(PeopleService::summary).toList();
    }

    /** Everyone, active or not, whose job title is this one, ignoring case (for bulk enrolment). */
    @PreAuthorize(ADMIN_ONLY)
    public List<PersonSummary> withJobTitle(String jobTitle) {
        if (jobTitle == null || jobTitle.isBlank()) {
            return List.of();
        }
        return people.findByJobTitle(jobTitle.strip().toLowerCase(java.util.Locale.ROOT)).stream()
                .map(PeopleService::summary).toList();
    }

    /** The distinct job titles of active people, for pickers. */
    @PreAuthorize(ADMIN_ONLY)
    public List<String> jobTitles() {
        return people.activeJobTitles();
    }

    @PreAuthorize(ADMIN_ONLY)
    public PeopleOverview overview() {
        var byAuthority = new EnumMap<Authority, Long>(Authority.class);
        for (Authority authority : Authority.values()) {
            byAuthority.put(authority, 0L);
        }
        for (Object[] row : people.countActiveByAuthority()) {
            byAuthority.put((Authority) row[0], (Long) row[1]);
        }
        return new PeopleOverview(people.countByActive(true), people.countByActive(false),
                people.countByActiveTrueAndPasswordHashIsNull(), byAuthority);
    }

    /**
     * Creates a person. With a temporary password they can sign in at once and must choose their own
     * password first; without one they cannot sign in until an administrator sets one.
     */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public PersonSummary create(PersonDraft draft, String temporaryPassword) {
        var problems = new java.util.LinkedHashMap<>(PersonDraftRules.problems(draft, LocalDate.now(clock)));
        String email = Emails.normalise(draft.email());
        if (!problems.containsKey("email") && people.existsByEmail(email)) {
            problems.put("email", "Someone with the email " + email + " already exists.");
        }
        if (temporaryPassword != null && !temporaryPassword.isEmpty()) {
            PasswordPolicy.problem(temporaryPassword, email).ifPresent(p -> problems.put("password", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var person = new PersonEntity(email, draft.name().trim(), clock.instant());
        apply(person, draft);
        person.grant(EnumSet.copyOf(draft.authorities()));
        if (temporaryPassword != null && !temporaryPassword.isEmpty()) {
            person.setPassword(passwordEncoder.encode(temporaryPassword), true);
        }
        people.save(person);
        auditLog.record("PERSON_CREATED", email, "authorities: " + names(person.getAuthorities()));
        events.publishEvent(new PersonCreated(summary(person)));
        return summary(person);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public PersonSummary update(PersonId id, PersonDraft draft) {
        var person = load(id);
        var problems = new java.util.LinkedHashMap<>(PersonDraftRules.problems(draft, LocalDate.now(clock)));
        String email = Emails.normalise(draft.email());
        if (!problems.containsKey("email") && !email.equals(person.getEmail()) && people.existsByEmail(email)) {
            problems.put("email", "Someone with the email " + email + " already exists.");
        }
        if (!problems.containsKey("authorities") && isSelf(id) && !draft.authorities().contains(Authority.ADMIN)) {
            problems.put("authorities", "You can't remove your own admin authority. Ask another admin.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<Authority> before = person.getAuthorities();
        apply(person, draft);
        if (!draft.authorities().contains(Authority.ADMIN) && before.contains(Authority.ADMIN)) {
            requireAnotherActiveAdmin();
        }
        if (person.grant(EnumSet.copyOf(draft.authorities()))) {
            auditLog.record("AUTHORITIES_CHANGED", person.getEmail(),
                    names(before) + " -> " + names(person.getAuthorities()));
        }
        auditLog.record("PERSON_UPDATED", person.getEmail(), null);
        return summary(person);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public PersonSummary deactivate(PersonId id) {
        if (isSelf(id)) {
            throw new InvalidInputException("active", "You can't deactivate yourself.");
        }
        var person = load(id);
        if (person.getAuthorities().contains(Authority.ADMIN)) {
            requireAnotherActiveAdmin();
        }
        person.deactivate();
        auditLog.record("PERSON_DEACTIVATED", person.getEmail(), "sessions ended");
        return summary(person);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public PersonSummary reactivate(PersonId id) {
        var person = load(id);
        person.reactivate();
        auditLog.record("PERSON_REACTIVATED", person.getEmail(), null);
        return summary(person);
    }

    /** Sets a password the person must change at their next sign-in; ends their current sessions. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public void setTemporaryPassword(PersonId id, String temporaryPassword) {
        var person = load(id);
        PasswordPolicy.problem(temporaryPassword, person.getEmail())
                .ifPresent(problem -> { throw new InvalidInputException("password", problem); });
        person.setPassword(passwordEncoder.encode(temporaryPassword), true);
        auditLog.record("PASSWORD_SET_BY_ADMIN", person.getEmail(), "must change at next sign-in");
    }

    /** Writes the people matching the query in the import format; cells cannot become formulas. Audited. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public void exportCsv(PeopleQuery query, Writer out) {
        var csv = new SafeCsv(out).row(CSV_COLUMNS);
        for (PersonEntity p : people.findAll(PersonSpecifications.matching(query), Sort.by("fullName", "id"))) {
            csv.row(p.getFullName(), p.getEmail(), p.getJobTitle(),
                    p.getManager() == null ? "" : p.getManager().getEmail(),
                    p.getStartDate() == null ? "" : p.getStartDate().toString(),
                    names(p.getAuthorities()).replace(", ", ";"), p.isActive() ? "yes" : "no");
        }
        auditLog.record("PEOPLE_EXPORTED", null, query.toString());
    }

    private void apply(PersonEntity person, PersonDraft draft) {
        person.describe(Emails.normalise(draft.email()), draft.name().trim(),
                PersonDraftRules.trimmed(draft.jobTitle()), draft.startDate(), clock.instant());
        person.reportTo(draft.managerId() == null ? null : managerFor(person, draft.managerId()));
    }

    private PersonEntity managerFor(PersonEntity person, PersonId managerId) {
        var manager = people.findById(managerId.value())
                .orElseThrow(() -> new InvalidInputException("manager", "That manager no longer exists."));
        for (var boss = manager; boss != null; boss = boss.getManager()) {
            if (person.getId() != null && boss.getId().equals(person.getId())) {
                throw new InvalidInputException("manager",
                        manager.getFullName() + " reports to " + person.getFullName() + ", so can't be their manager.");
            }
        }
        return manager;
    }

    private void requireAnotherActiveAdmin() {
        if (people.countActiveWith(Authority.ADMIN) <= 1) {
            throw new InvalidInputException("authorities", "Stepwise needs at least one active admin.");
        }
    }

    private PersonEntity load(PersonId id) {
        return people.findById(id.value())
                .orElseThrow(() -> new InvalidInputException("id", "This person no longer exists."));
    }

    private static boolean isSelf(PersonId id) {
        return CurrentPerson.require().personId().equals(id);
    }

    static String names(Set<Authority> authorities) {
        return authorities.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    static PersonSummary summary(PersonEntity p) {
        var manager = p.getManager();
        return new PersonSummary(new PersonId(p.getId()), p.getFullName(), p.getEmail(), p.getJobTitle(),
                manager == null ? null : new PersonId(manager.getId()), manager == null ? null : manager.getFullName(),
                p.getStartDate(), p.isActive(), Set.copyOf(p.getAuthorities()),
                p.isActive() && p.getPasswordHash() != null);
    }

    static Map<String, Authority> authorityNames() {
        var names = new java.util.HashMap<String, Authority>();
        for (Authority authority : Authority.values()) {
            names.put(authority.name().toLowerCase(java.util.Locale.ROOT), authority);
        }
        return names;
    }
}
