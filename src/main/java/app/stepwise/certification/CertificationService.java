package app.stepwise.certification;

import app.stepwise.certification.internal.CertificatePdf;
import app.stepwise.certification.internal.CertificationEntity;
import app.stepwise.certification.internal.CertificationEntity.Status;
import app.stepwise.certification.internal.CertificationRepository;
import app.stepwise.certification.internal.RefresherRepository;
import app.stepwise.certification.internal.RenewalStore;
import app.stepwise.certification.internal.VerificationCodes;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, revoking and verifying certifications. Learners read their own, trainers and admins everyone's,
 * managers their team's; trainers and admins revoke. Verification is public and says nothing about the person.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CertificationService {
    static final String REVOKES = "hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')";
    static final int REASON_LENGTH = 1000;

    private final CertificationRepository certifications;
    private final RefresherRepository refreshers;
    private final RenewalStore renewals;
    private final Curriculum curriculum;
    private final PeopleService people;
    private final CertificationNotices notices;
    private final Clock clock;

    CertificationService(CertificationRepository certifications, RefresherRepository refreshers, RenewalStore renewals,
                         Curriculum curriculum, PeopleService people, CertificationNotices notices, Clock clock) {
        this.renewals = renewals;
        this.certifications = certifications;
        this.refreshers = refreshers;
        this.curriculum = curriculum;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
    }

    /** The signed-in person's certifications, by role. */
    public List<Certification> mine() {
        var me = CurrentPerson.require();
        return certifications.findByPersonIdOrderByRoleKey(me.personId().value()).stream()
                .map(c -> certification(c, me.displayName())).toList();
    }

    /** The signed-in person's refreshers still to do, soonest due first. */
    public List<Refresher> myRefreshers() {
        var me = CurrentPerson.require().personId();
        return refreshers.findByPersonIdAndDoneAtIsNullOrderByDueAt(me.value()).stream().map(r -> new Refresher(
                r.getId(), r.getRoleKey(), r.getModuleKey(), moduleTitle(r.getModuleKey()), r.getFromVersion(),
                r.getToVersion(), r.getDueAt())).toList();
    }

    /** The quizzes the signed-in person passes again to renew their expired certifications, by role then module. */
    public List<RenewalStep> myRenewals() {
        var lapsed = certifications.findByPersonIdAndStatus(CurrentPerson.require().personId().value(),
                CertificationEntity.Status.LAPSED).stream().collect(java.util.stream.Collectors.toMap(CertificationEntity::getId,
                CertificationEntity::getRoleKey));
        return renewals.of(lapsed.keySet()).stream().map(m -> new RenewalStep(lapsed.get(m.certificationId()), m.moduleKey(),
                moduleTitle(m.moduleKey()), m.passedAt() != null)).toList();
    }

    /** The signed-in person's open refresher for a module, if they have one. */
    public Optional<Refresher> myRefresher(String moduleId) {
        return myRefreshers().stream().filter(r -> r.moduleId().equals(moduleId)).findFirst();
    }

    /** One certification, for its holder, trainers, admins and the holder's manager. */
    public Certification get(long id) {
        var certification = certifications.findById(id).orElseThrow(() -> notFound());
        return certification(certification, readableName(new PersonId(certification.getPersonId())));
    }

    /** The certificate as a PDF, for the same readers as {@link #get}. */
    public byte[] certificatePdf(long id) {
        var certification = get(id);
        return CertificatePdf.render(new CertificatePdf.Content(certification.personName(), certification.roleTitle(),
                CertificationNotices.day(certification.grantedAt()), CertificationNotices.day(certification.validUntil()),
                certification.verificationCode(), certification.status().label()));
    }

    @Transactional
    @PreAuthorize(REVOKES)
    public Certification revoke(long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "Say why the certification is revoked.");
        }
        if (why.length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", "Keep the reason under " + REASON_LENGTH + " characters.");
        }
        var certification = certifications.findById(id).orElseThrow(() -> notFound());
        if (certification.getStatus() == Status.REVOKED) {
            throw new InvalidInputException("reason", "This certification is already revoked.");
        }
        var person = new PersonId(certification.getPersonId());
        certification.revoke(clock.instant(), CurrentPerson.require().email(), why);
        certifications.saveAndFlush(certification);
        String role = roleTitle(certification.getRoleKey());
        notices.audit("CERTIFICATION_REVOKED", person, certification.getRoleKey() + ": " + why);
        notices.tell(person, "Your certification as " + role + " was revoked", "Reason: " + why, "certificates");
        return certification(certification, readableName(person));
    }

    /** Public: the role, status and validity behind a verification code; empty for an unknown code. */
    @PreAuthorize("permitAll()")
    public Optional<Verification> verify(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!VerificationCodes.wellFormed(normalised)) {
            return Optional.empty();
        }
        return certifications.findByVerificationCode(normalised).map(c -> new Verification(
                SystemActor.call(() -> roleTitle(c.getRoleKey())), status(c), c.getValidUntil()));
    }

    private String readableName(PersonId person) {
        var me = CurrentPerson.require();
        if (me.personId().equals(person)) {
            return me.displayName();
        }
        if (me.has(Authority.TRAINER) || me.has(Authority.ADMIN)) {
            return people.displayNames(List.of(person)).getOrDefault(person, "");
        }
        try {
            var summary = people.get(person); // a manager sees their team only
            if (me.has(Authority.MANAGER)) {
                return summary.name();
            }
        } catch (AccessDeniedException refused) {
            // reported as not found below, so ids cannot be probed
        }
        throw notFound();
    }

    private Certification certification(CertificationEntity c, String personName) {
        return new Certification(c.getId(), new PersonId(c.getPersonId()), personName, c.getRoleKey(),
                roleTitle(c.getRoleKey()), status(c), c.getGrantedAt(), c.getValidUntil(), c.getVerificationCode(),
                note(c), c.getModules());
    }

    private CertificationStatus status(CertificationEntity c) {
        return switch (c.getStatus()) {
            case REVOKED -> CertificationStatus.REVOKED;
            case LAPSED -> CertificationStatus.LAPSED;
            case GRANTED -> c.getValidUntil().isAfter(clock.instant()) ? CertificationStatus.VALID : CertificationStatus.LAPSED;
        };
    }

    private static String note(CertificationEntity c) {
        return switch (c.getStatus()) {
            case REVOKED -> "Revoked: " + c.getRevokedReason();
            case LAPSED -> "Lapsed because " + c.getLapseReason() + ".";
            case GRANTED -> "";
        };
    }

    private String roleTitle(String roleId) {
        return curriculum.role(roleId).map(RoleOutline::title).orElse(roleId);
    }

    private String moduleTitle(String moduleId) {
        return curriculum.module(moduleId).map(ModuleSummary::title).orElse(moduleId);
    }

    private static InvalidInputException notFound() {
        return new InvalidInputException("certification", "There is no such certification.");
    }
}
