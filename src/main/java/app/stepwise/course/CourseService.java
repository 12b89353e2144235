package app.stepwise.course;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.internal.EnrolmentEntity;
import app.stepwise.course.internal.EnrolmentRepository;
import app.stepwise.course.internal.ModuleProgressEntity;
import app.stepwise.course.internal.ModuleProgressRepository;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment in role paths and each person's own progress. Admins and managers enrol (a manager only
 * people who report to them); everyone reads and records progress for themselves only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CourseService {
    static final String ENROLS = "hasAnyRole('" + Authority.Names.ADMIN + "', '" + Authority.Names.MANAGER + "')";

    private final EnrolmentRepository enrolments;
    private final ModuleProgressRepository progress;
    private final Curriculum curriculum;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(EnrolmentRepository enrolments, ModuleProgressRepository progress, Curriculum curriculum,
                  PeopleService people, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.progress = progress;
        this.curriculum = curriculum;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ENROLS)
    public Enrolment enrol(PersonId personId, String roleId, EnrolmentPurpose purpose, LocalDate dueDate) {
        var person = people.get(personId); // refuses people the caller may not see: a manager sees their team
        var me = CurrentPerson.require();
        if (!me.has(Authority.ADMIN) && !me.personId().equals(person.managerId())) {
            throw new org.springframework.security.access.AccessDeniedException("Managers enrol people in their own team.");
        }
        RoleOutline role = curriculum.role(roleId)
                .orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
        if (!person.active()) {
            throw new InvalidInputException("person", person.name() + " is deactivated.");
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("dueDate", "The due date is in the past.");
        }
        if (enrolments.existsByPersonIdAndRoleKey(personId.value(), roleId)) {
            throw new InvalidInputException("role", person.name() + " is already enrolled in " + role.title() + ".");
        }
        var enrolment = enrolments.save(new EnrolmentEntity(personId.value(), roleId, purpose, dueDate, me.email(), clock.instant()));
        auditLog.record("ENROLLED", person.email(), role.id() + " (" + purpose.label() + ")"
                + (dueDate == null ? "" : ", due " + dueDate));
        events.publishEvent(new EnrolmentCreated(personId, roleId, purpose));
        return enrolment(enrolment, person.name(), role.title());
    }

    /** The enrolments of one person the caller may see (themselves, their team, or anyone for admins). */
    public List<Enrolment> enrolments(PersonId personId) {
        var person = people.get(personId);
        return enrolments.findByPersonIdOrderByEnrolledAt(personId.value()).stream()
                .map(e -> enrolment(e, person.name(), roleTitle(e.getRoleKey()))).toList();
    }

    /** The signed-in person's role paths, each module with its status, and what to do next. */
    public List<RolePath> myPaths() {
        long me = CurrentPerson.require().personId().value();
        var paths = new ArrayList<RolePath>();
        for (var enrolment : enrolments.findByPersonIdOrderByEnrolledAt(me)) {
            curriculum.role(enrolment.getRoleKey()).ifPresent(role -> paths.add(path(me, enrolment, role)));
        }
        return paths;
    }

    public ModuleProgress myProgress(String moduleId) {
        long me = CurrentPerson.require().personId().value();
        int version = currentVersion(moduleId);
        return progress.findByPersonIdAndModuleKeyAndModuleVersion(me, moduleId, version)
                .map(p -> progress(moduleId, p)).orElse(new ModuleProgress(moduleId, version, java.util.Set.of(), null));
    }

    @Transactional
    public ModuleProgress tickStep(String moduleId, String stepAnchor, boolean ticked) {
        var entity = myProgressEntity(moduleId);
        entity.tick(stepAnchor, ticked, clock.instant());
        return progress(moduleId, progress.save(entity));
    }

    /** Records that the signed-in person read the current version of the module. */
    @Transactional
    public ModuleProgress markRead(String moduleId) {
        var entity = myProgressEntity(moduleId);
        entity.markRead(clock.instant());
        return progress(moduleId, progress.save(entity));
    }

    private ModuleProgressEntity myProgressEntity(String moduleId) {
        long me = CurrentPerson.require().personId().value();
        int version = currentVersion(moduleId);
        return progress.findByPersonIdAndModuleKeyAndModuleVersion(me, moduleId, version)
                .orElseGet(() -> new ModuleProgressEntity(me, moduleId, version, clock.instant()));
    }

    private int currentVersion(String moduleId) {
        return curriculum.module(moduleId).map(ModuleSummary::currentVersion)
                .orElseThrow(() -> new InvalidInputException("module", "There is no module '" + moduleId + "'."));
    }

    private RolePath path(long me, EnrolmentEntity enrolment, RoleOutline role) {
        var ids = new ArrayList<String>(role.requiredModules());
        role.optionalModules().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        Map<String, ModuleProgressEntity> byModule = new HashMap<>();
        var modules = new ArrayList<PathModule>();
        var summaries = curriculum.modules(ids); // one query for the whole path
        for (var entity : progress.findByPersonIdAndModuleKeyIn(me, ids)) {
            var summary = summaries.get(entity.getModuleKey());
            if (summary != null && summary.currentVersion() == entity.getModuleVersion()) {
                byModule.put(entity.getModuleKey(), entity);
            }
        }
        for (String id : ids) {
            Optional.ofNullable(summaries.get(id)).ifPresent(summary -> modules.add(
                    pathModule(summary, role.requiredModules().contains(id), byModule.get(id))));
        }
        var required = modules.stream().filter(PathModule::required).toList();
        long read = required.stream().filter(m -> m.status().ordinal() >= ModuleStatus.READ.ordinal()).count();
        int percent = required.isEmpty() ? 100 : (int) (100 * read / required.size());
        String next = required.stream().filter(m -> m.status().ordinal() < ModuleStatus.READ.ordinal())
                .map(PathModule::moduleId).findFirst().orElse(null);
        return new RolePath(role.id(), role.title(), enrolment.getPurpose(), enrolment.getDueDate(), modules, percent, next);
    }

    private static PathModule pathModule(ModuleSummary summary, boolean required, ModuleProgressEntity entity) {
        ModuleStatus status = entity == null ? ModuleStatus.NOT_STARTED
                : entity.getReadAt() != null ? ModuleStatus.READ
                : entity.getStepsTicked().isEmpty() ? ModuleStatus.NOT_STARTED : ModuleStatus.READING;
        return new PathModule(summary.id(), summary.title(), summary.estimateMinutes(), required, status,
                entity == null ? 0 : entity.getStepsTicked().size(), 0);
    }

    private static ModuleProgress progress(String moduleId, ModuleProgressEntity entity) {
        return new ModuleProgress(moduleId, entity.getModuleVersion(), entity.getStepsTicked(), entity.getReadAt());
    }

    private String roleTitle(String roleId) {
        return curriculum.role(roleId).map(RoleOutline::title).orElse(roleId);
    }

    private static Enrolment enrolment(EnrolmentEntity e, String personName, String roleTitle) {
        return new Enrolment(new PersonId(e.getPersonId()), personName, e.getRoleKey(), roleTitle, e.getPurpose(),
                e.getDueDate(), e.getAssignedBy(), e.getEnrolledAt());
    }
}
