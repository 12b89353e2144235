package app.stepwise.content;

import app.stepwise.content.internal.RoleSource;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.content.internal.store.ContentRoleEntity;
import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.content.internal.store.RoleVersionRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and admins edit roles in the app: title, description, required modules in order, optional modules,
 * validity, grace period and next roles. A save writes the role file in our format and stores it through the
 * importer's checks, so it is validated, versioned and audited exactly like an imported role file.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class RoleEditor {
    private final ContentParser parser = new ContentParser();
    private final ContentRoleRepository roles;
    private final RoleVersionRepository versions;
    private final ProcessModuleRepository modules;
    private final ContentImporter importer;

    RoleEditor(ContentRoleRepository roles, RoleVersionRepository versions, ProcessModuleRepository modules,
               ContentImporter importer) {
        this.roles = roles;
        this.versions = versions;
        this.modules = modules;
        this.importer = importer;
    }

    /** Every role with its current version, by title. */
    public List<RoleListing> roles() {
        return roles.findAll(Sort.by("title")).stream()
                .map(r -> new RoleListing(r.getKey(), r.getTitle(), r.getCurrentVersion())).toList();
    }

    public EditableRole role(String roleId) {
        var stored = stored(roleId);
        var definition = parser.parse(new SourceFile(stored.getSourcePath(), stored.getSource().getBytes(StandardCharsets.UTF_8)))
                .role().orElseThrow(() -> new InvalidInputException("role", "The stored role '" + roleId + "' no longer parses."));
        return new EditableRole(RoleForm.of(definition), stored.getCurrentVersion());
    }

    /** Newest first. */
    public List<RoleVersionSummary> history(String roleId) {
        return versions.findByRoleKeyOrderByNumberDesc(roleId).stream().map(v -> new RoleVersionSummary(roleId,
                v.getNumber(), v.getChangedAt(), v.getChangedBy(), v.getVersionNote(), v.getChangeSummary())).toList();
    }

    /** Modules a role can require, by title. */
    public List<ModuleChoice> moduleChoices() {
        return modules.findAll().stream().map(m -> new ModuleChoice(m.getKey(), m.getTitle()))
                .sorted(Comparator.comparing(ModuleChoice::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Stores the form as the role's next version. {@code expectedVersion} is the version the editor started from
     * (null for a new role): if someone saved in between, the save is refused and nothing is stored, so their
     * change is never silently overwritten. Returns the version now current.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the importer stores in its own transaction
    public RoleVersionSummary save(RoleForm form, Integer expectedVersion, String note) {
        check(form);
        var stored = roles.findByKey(form.id()).orElse(null);
        if (expectedVersion == null && stored != null) {
            throw new InvalidInputException("id", "There is already a role with the id '" + form.id() + "'.");
        }
        if (expectedVersion != null && stored == null) {
            throw new InvalidInputException("id", "There is no role '" + form.id() + "' to change.");
        }
        if (stored != null && stored.getCurrentVersion() != expectedVersion) {
            throw new InvalidInputException("role", "Someone saved version " + stored.getCurrentVersion()
                    + " of this role while you were editing version " + expectedVersion
                    + ". Nothing was saved: your edits are still in the form; reopen the role to see their change.");
        }
        String path = stored == null ? "roles/" + form.id() + ".md" : stored.getSourcePath();
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        ImportedDocument result;
        try {
            result = importer.storeRole(new SourceFile(path, RoleSource.of(form).getBytes(StandardCharsets.UTF_8)),
                    CurrentPerson.require().email(), trimmedNote);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("role", "Someone saved this role at the same moment. Nothing was saved: "
                    + "your edits are still in the form; reopen the role to see their change.");
        }
        if (result.outcome() == ImportOutcome.FAILED) {
            throw new InvalidInputException("role", result.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                    .map(Problem::message).collect(Collectors.joining(" ")));
        }
        return history(form.id()).getFirst();
    }

    private static void check(RoleForm form) {
        if (form.id() == null || !app.stepwise.content.internal.Slugs.isValidId(form.id())) {
            throw new InvalidInputException("id", "The id must be lower-case letters, digits and hyphens, like 'support-rep'.");
        }
        if (form.title() == null || form.title().isBlank()) {
            throw new InvalidInputException("title", "Give the role a title.");
        }
        if (form.title().length() > 300) {
            throw new InvalidInputException("title", "The title is longer than 300 characters.");
        }
        if (form.requiredModules().isEmpty()) {
            throw new InvalidInputException("requiredModules", "A role needs at least one required module.");
        }
        if (form.requiredModules().stream().anyMatch(form.optionalModules()::contains)) {
            throw new InvalidInputException("optionalModules", "A module cannot be both required and optional.");
        }
        if (form.nextRoles().contains(form.id())) {
            throw new InvalidInputException("nextRoles", "A role cannot lead to itself.");
        }
        if (form.certificationValidity() == null || form.certificationValidity().isZero()
                || form.certificationValidity().isNegative()) {
            throw new InvalidInputException("certificationValidity", "Certification validity must be at least one day.");
        }
        if (form.gracePeriod() == null || form.gracePeriod().isZero() || form.gracePeriod().isNegative()) {
            throw new InvalidInputException("gracePeriod", "The grace period must be at least one day.");
        }
    }

    private ContentRoleEntity stored(String roleId) {
        return roles.findByKey(roleId).orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
    }
}
