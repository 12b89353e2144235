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
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
    /** The longest a certification stays valid; the longest a refresher may come after it expired. */
    public static final Period MAX_VALIDITY = Period.ofYears(10);
    public static final Period MAX_GRACE = Period.ofYears(1);
    static final int MAX_NOTE = 1000;

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
        return new EditableRole(current(stored), stored.getCurrentVersion());
    }

    private RoleForm current(ContentRoleEntity stored) {
        return RoleForm.of(parser.parse(new SourceFile(stored.getSourcePath(), stored.getSource().getBytes(StandardCharsets.UTF_8)))
                .role().orElseThrow(() -> new InvalidInputException("role",
                        "The stored role '" + stored.getKey() + "' no longer parses.")));
    }

    /**
     * The same role as far as anyone can tell: the editor writes the file in its own layout, so comparing sources
     * would call an untouched form a change. Optional modules and next roles are sets; periods compare normalised
     * (18 months is 1 year 6 months).
     */
    static boolean sameRole(RoleForm before, RoleForm after) {
        return before.title().strip().equals(after.title().strip())
                && text(before.descriptionMarkdown()).equals(text(after.descriptionMarkdown()))
                && before.requiredModules().equals(after.requiredModules())
                && Set.copyOf(before.optionalModules()).equals(Set.copyOf(after.optionalModules()))
                && Set.copyOf(before.nextRoles()).equals(Set.copyOf(after.nextRoles()))
                && before.certificationValidity().normalized().equals(after.certificationValidity().normalized())
                && before.gracePeriod().normalized().equals(after.gracePeriod().normalized());
    }

    private static String text(String markdown) {
        return markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
    }

    /**
     * Like publishing a module in the studio: a first version may go without a note, a change says what changed and
     * why, so the history and audit log explain it.
     */
    private static String checkedNote(String note, boolean first) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() && !first) {
            throw new InvalidInputException("note", "Say in a sentence what changed and why: it is kept in the history and audit log.");
        }
        if (text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Keep the note under " + MAX_NOTE + " characters.");
        }
        return text.isEmpty() ? null : text;
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
        if (stored != null && sameRole(current(stored), form)) {
            throw new InvalidInputException("role", "Nothing changed since version " + stored.getCurrentVersion()
                    + ". Nothing was saved.");
        }
        String trimmedNote = checkedNote(note, stored == null);
        String path = stored == null ? "roles/" + form.id() + ".md" : stored.getSourcePath();
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
        checkPeriod("certificationValidity", "Certification validity", form.certificationValidity(), MAX_VALIDITY);
        checkPeriod("gracePeriod", "The grace period", form.gracePeriod(), MAX_GRACE);
    }

    private static void checkPeriod(String field, String name, Period period, Period max) {
        if (period == null || period.isZero() || period.isNegative()) {
            throw new InvalidInputException(field, name + " must be at least one day.");
        }
        if (RolePeriods.exceeds(period, max)) {
            throw new InvalidInputException(field, RolePeriods.tooLong(max));
        }
    }

    private ContentRoleEntity stored(String roleId) {
        return roles.findByKey(roleId).orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
    }
}
