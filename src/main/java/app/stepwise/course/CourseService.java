package app.stepwise.course;

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
    private final Clock clock;
    private final ProgressFacts facts;
    private final CompletionRecorder completion;
    private final EnrolmentWriter writer;

    CourseService(EnrolmentRepository enrolments, ModuleProgressRepository progress, Curriculum curriculum,
                  PeopleService people, Clock clock,
                  ProgressFacts facts, CompletionRecorder completion, EnrolmentWriter writer) {
        this.writer = writer;
        this.facts = facts;
        this.completion = completion;
        this.enrolments = enrolments;
        this.progress = progress;
        this.curriculum = curriculum;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ENROLS)
    public Enrolment enrol(PersonId personId, String roleId, EnrolmentPurpose purpose, LocalDate dueDate) {
        return enrolDue(personId, roleId, purpose, DueRule.on(dueDate));
    }

    /** Enrols one person: admins anyone, managers people in their own team. */
    @Transactional
    @PreAuthorize(ENROLS)
    public Enrolment enrolDue(PersonId personId, String roleId, EnrolmentPurpose purpose, DueRule due) {
        var person = people.get(personId); // refuses people the caller may not see: a manager sees their team
        var me = CurrentPerson.require();
        if (!me.has(Authority.ADMIN) && !me.personId().equals(person.managerId())) {
            throw new org.springframework.security.access.AccessDeniedException("Managers enrol people in their own team.");
        }
        return writer.enrol(person, role(roleId), purpose, due, me.email());
    }

    RoleOutline role(String roleId) {
        return curriculum.role(roleId)
                .orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
    }

    /** The enrolments of one person the caller may see (themselves, their team, or anyone for admins). */
    public List<Enrolment> enrolments(PersonId personId) {
        var person = people.get(personId);
        return enrolments.findByPersonIdOrderByEnrolledAt(personId.value()).stream()
                .map(e -> enrolment(e, person.name(), roleTitle(e.getRoleKey()))).toList();
    }

    /**
     * The roles a person is enrolled in. For the person, trainers, admins and the system (certification checks
     * after a completion), and a manager for their team.
     */
    public java.util.Set<String> enrolledRoles(PersonId personId) {
        requireMayReadProgress(personId);
        var roles = new java.util.TreeSet<String>();
        enrolments.findByPersonIdOrderByEnrolledAt(personId.value()).forEach(e -> roles.add(e.getRoleKey()));
        return roles;
    }

    /**
     * The newest completed version of each of the modules a person completed (modules never completed are left
     * out). Same readers as {@link #enrolledRoles}.
     */
    public Map<String, Integer> completedVersions(PersonId personId, java.util.Collection<String> moduleIds) {
        requireMayReadProgress(personId);
        var completed = new HashMap<String, Integer>();
        if (!moduleIds.isEmpty()) {
            progress.findByPersonIdAndModuleKeyIn(personId.value(), moduleIds).stream()
                    .filter(p -> p.getCompletedAt() != null)
                    .forEach(p -> completed.merge(p.getModuleKey(), p.getModuleVersion(), Math::max));
        }
        return completed;
    }

    private void requireMayReadProgress(PersonId personId) {
        var me = CurrentPerson.require();
        if (me.personId().equals(personId) || me.has(Authority.TRAINER) || me.has(Authority.ADMIN)) {
            return;
        }
        if (!me.has(Authority.MANAGER)) {
            throw new org.springframework.security.access.AccessDeniedException("You may not see this person's progress.");
        }
        people.get(personId); // refuses anyone outside the manager's team
    }

    /** The signed-in person's role paths, each module with its status, and what to do next. */
    public List<RolePath> myPaths() {
        var me = CurrentPerson.require().personId();
        var paths = new ArrayList<RolePath>();
        for (var enrolment : enrolments.findByPersonIdOrderByEnrolledAt(me.value())) {
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
        var saved = progress.saveAndFlush(entity);
        completion.record(CurrentPerson.require().personId(), moduleId, saved.getModuleVersion());
        return progress(moduleId, saved);
    }

    /** Prerequisite modules (as a module lists them) with whether the signed-in person has completed each. */
    public List<Prerequisite> myPrerequisites(List<String> ids) {
        var known = facts.of(CurrentPerson.require().personId(), ids);
        return ids.stream().map(id -> Optional.ofNullable(known.get(id))
                .map(f -> new Prerequisite(id, f.title(), f.complete()))
                .orElse(new Prerequisite(id, id, false))).toList();
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

    private RolePath path(PersonId me, EnrolmentEntity enrolment, RoleOutline role) {
        var ids = new ArrayList<String>(role.requiredModules());
        role.optionalModules().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        var known = facts.of(me, ids);
        var modules = known.values().stream().map(f -> new PathModule(f.moduleId(), f.title(), f.estimateMinutes(),
                role.requiredModules().contains(f.moduleId()), f.status(), f.stepsTicked().size(), f.shape().steps()))
                .toList();
        var required = known.values().stream().filter(f -> role.requiredModules().contains(f.moduleId())).toList();
        long done = required.stream().filter(ModuleFacts::complete).count();
        int percent = required.isEmpty() ? 100 : (int) (100 * done / required.size());
        NextStep next = required.stream().map(ModuleFacts::next).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new RolePath(role.id(), role.title(), enrolment.getPurpose(), enrolment.getDueDate(), modules, percent, next);
    }

    private static ModuleProgress progress(String moduleId, ModuleProgressEntity entity) {
        return new ModuleProgress(moduleId, entity.getModuleVersion(), entity.getStepsTicked(), entity.getReadAt());
    }

    private String roleTitle(String roleId) {
        return curriculum.role(roleId).map(RoleOutline::title).orElse(roleId);
    }

    static Enrolment enrolment(EnrolmentEntity e, String personName, String roleTitle) {
        return new Enrolment(new PersonId(e.getPersonId()), personName, e.getRoleKey(), roleTitle, e.getPurpose(),
                e.getDueDate(), e.getAssignedBy(), e.getEnrolledAt());
    }

    /** A person's role paths as {@link #myPaths} shows them, for the readers of {@link #enrolledRoles}. */
    public List<RolePath> paths(PersonId personId) {
        requireMayReadProgress(personId);
        var paths = new ArrayList<RolePath>();
        for (var enrolment : enrolments.findByPersonIdOrderByEnrolledAt(personId.value())) {
            curriculum.role(enrolment.getRoleKey()).ifPresent(role -> paths.add(path(personId, enrolment, role)));
        }
        return paths;
    }
}
