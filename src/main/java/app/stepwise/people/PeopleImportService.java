package app.stepwise.people;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.PeopleCsvReader.Column;
import app.stepwise.people.PeopleCsvReader.Row;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from CSV: every row is checked first and the file is imported whole or not at all.
 * A row whose email exists updates that person; others are created (without a password: an admin
 * sets one). Managers may refer to people in the same file, in any order.
 */
@Service
public class PeopleImportService {
    private final PersonRepository people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleImportService(PersonRepository people, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    record ValidRow(int line, PersonDraft draft, String managerEmail, Boolean active) {
    }

    @Transactional
    @PreAuthorize(PeopleService.ADMIN_ONLY)
    public PeopleImportResult importCsv(byte[] content) {
        var parsed = PeopleCsvReader.read(content);
        if (!parsed.problems().isEmpty()) {
            return PeopleImportResult.rejected(parsed.problems());
        }
        var problems = new ArrayList<ImportProblem>();
        var rows = validateRows(parsed.rows(), problems);
        Map<String, PersonEntity> existing = new HashMap<>();
        people.findByEmailIn(rows.keySet()).forEach(p -> existing.put(p.getEmail(), p));
        checkManagers(rows, existing, problems);
        checkOwnRow(rows, problems);
        if (parsed.rows().isEmpty()) {
            problems.add(new ImportProblem(1, "", "The file names the columns but has no people in it."));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
            return PeopleImportResult.rejected(problems);
        }
        return apply(rows, existing);
    }

    private Map<String, ValidRow> validateRows(List<Row> rows, List<ImportProblem> problems) {
        var valid = new LinkedHashMap<String, ValidRow>();
        var firstLine = new HashMap<String, Integer>();
        for (Row row : rows) {
            int before = problems.size();
            var authorities = authorities(row, problems);
            var draft = new PersonDraft(row.get(Column.NAME), row.get(Column.EMAIL), row.get(Column.JOB_TITLE), null,
                    startDate(row, problems), authorities);
            PersonDraftRules.problems(draft, LocalDate.now(clock)).forEach((field, message) -> {
                if (!"authorities".equals(field) || authorities != null) {
                    problems.add(new ImportProblem(row.line(), columnOf(field), message));
                }
            });
            Boolean active = active(row, problems);
            String email = Emails.normalise(draft.email());
            Integer seen = firstLine.putIfAbsent(email, row.line());
            if (seen != null && !email.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "email", email + " is already on line " + seen + "."));
            }
            if (problems.size() == before) {
                String manager = row.get(Column.MANAGER_EMAIL);
                valid.put(email, new ValidRow(row.line(), draft, manager == null ? null : Emails.normalise(manager), active));
            }
        }
        return valid;
    }

    private void checkManagers(Map<String, ValidRow> rows, Map<String, PersonEntity> existing, List<ImportProblem> problems) {
        var managerEmails = rows.values().stream().map(ValidRow::managerEmail).filter(java.util.Objects::nonNull)
                .filter(m -> !rows.containsKey(m) && !existing.containsKey(m)).toList();
        people.findByEmailIn(managerEmails).forEach(p -> existing.putIfAbsent(p.getEmail(), p));
        for (var entry : rows.entrySet()) {
            String manager = entry.getValue().managerEmail();
            int line = entry.getValue().line();
            if (manager == null) {
                continue;
            }
            if (manager.equals(entry.getKey())) {
                problems.add(new ImportProblem(line, "manager email", "A person can't be their own manager."));
            } else if (!rows.containsKey(manager) && !existing.containsKey(manager)) {
                problems.add(new ImportProblem(line, "manager email",
                        "No one with the email " + manager + " exists in Stepwise or in this file."));
            } else {
                loop(entry.getKey(), rows, existing).ifPresent(chain -> problems.add(
                        new ImportProblem(line, "manager email", "Managers go round in a circle: " + chain + ".")));
            }
        }
    }

    private static java.util.Optional<String> loop(String start, Map<String, ValidRow> rows, Map<String, PersonEntity> existing) {
        var chain = new ArrayList<String>(List.of(start));
        String current = start;
        for (int step = 0; step < 10_000; step++) {
            String next = rows.containsKey(current) ? rows.get(current).managerEmail()
                    : existing.containsKey(current) && existing.get(current).getManager() != null
                    ? existing.get(current).getManager().getEmail() : null;
            if (next == null) {
                return java.util.Optional.empty();
            }
            chain.add(next);
            if (next.equals(start)) {
                return java.util.Optional.of(String.join(" -> ", chain));
            }
            if (chain.indexOf(next) < chain.size() - 1) {
                return java.util.Optional.empty(); // a loop further up; reported on its own rows
            }
            current = next;
        }
        return java.util.Optional.empty();
    }

    private static void checkOwnRow(Map<String, ValidRow> rows, List<ImportProblem> problems) {
        var me = CurrentPerson.require();
        var own = rows.get(me.email());
        if (own == null) {
            return;
        }
        if (!own.draft().authorities().contains(Authority.ADMIN)) {
            problems.add(new ImportProblem(own.line(), "authorities", "You can't remove your own admin authority."));
        }
        if (Boolean.FALSE.equals(own.active())) {
            problems.add(new ImportProblem(own.line(), "active", "You can't deactivate yourself."));
        }
    }

    private PeopleImportResult apply(Map<String, ValidRow> rows, Map<String, PersonEntity> existing) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var saved = new HashMap<String, PersonEntity>(existing);
        var createdIds = new ArrayList<PersonEntity>();
        for (var entry : rows.entrySet()) {
            var row = entry.getValue();
            var person = existing.get(entry.getKey());
            if (person == null) {
                person = people.save(describe(new PersonEntity(entry.getKey(), row.draft().name(), clock.instant()), row));
                person.grant(EnumSet.copyOf(row.draft().authorities()));
                createdIds.add(person);
                created++;
            } else if (changes(person, row)) {
                Set<Authority> before = person.getAuthorities();
                describe(person, row);
                if (person.grant(EnumSet.copyOf(row.draft().authorities()))) {
                    auditLog.record("AUTHORITIES_CHANGED", person.getEmail(),
                            PeopleService.names(before) + " -> " + PeopleService.names(person.getAuthorities()) + " (import)");
                }
                updated++;
            } else {
                unchanged++;
            }
            saved.put(entry.getKey(), person);
        }
        rows.forEach((email, row) -> saved.get(email).reportTo(row.managerEmail() == null ? null : saved.get(row.managerEmail())));
        people.flush();
        createdIds.forEach(p -> events.publishEvent(new PersonCreated(PeopleService.summary(p))));
        auditLog.record("PEOPLE_IMPORTED", null, created + " created, " + updated + " updated, " + unchanged + " unchanged");
        return new PeopleImportResult(true, created, updated, unchanged, created, List.of());
    }

    private PersonEntity describe(PersonEntity person, ValidRow row) {
        var draft = row.draft();
        person.describe(Emails.normalise(draft.email()), draft.name(), draft.jobTitle(), draft.startDate(), clock.instant());
        if (Boolean.FALSE.equals(row.active()) && person.isActive()) {
            person.deactivate();
            auditLog.record("PERSON_DEACTIVATED", person.getEmail(), "import");
        } else if (Boolean.TRUE.equals(row.active()) && !person.isActive()) {
            person.reactivate();
        }
        return person;
    }

    private static boolean changes(PersonEntity person, ValidRow row) {
        var draft = row.draft();
        String manager = person.getManager() == null ? null : person.getManager().getEmail();
        return !draft.name().equals(person.getFullName()) || !java.util.Objects.equals(draft.jobTitle(), person.getJobTitle())
                || !java.util.Objects.equals(draft.startDate(), person.getStartDate())
                || !java.util.Objects.equals(row.managerEmail(), manager)
                || !draft.authorities().equals(person.getAuthorities())
                || (row.active() != null && row.active() != person.isActive());
    }

    private static Set<Authority> authorities(Row row, List<ImportProblem> problems) {
        String raw = row.get(Column.AUTHORITIES);
        if (raw == null) {
            return EnumSet.of(Authority.LEARNER);
        }
        var known = PeopleService.authorityNames();
        var result = EnumSet.noneOf(Authority.class);
        for (String name : raw.toLowerCase(Locale.ROOT).split("[;,|\\s]+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!known.containsKey(name)) {
                problems.add(new ImportProblem(row.line(), "authorities",
                        "'" + name + "' is not an authority; use learner, trainer, manager or admin, separated by ';'."));
                return null;
            }
            result.add(known.get(name));
        }
        return result.isEmpty() ? EnumSet.of(Authority.LEARNER) : result;
    }

    private static LocalDate startDate(Row row, List<ImportProblem> problems) {
        String raw = row.get(Column.START_DATE);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(row.line(), "start date", "'" + raw + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01."));
            return null;
        }
    }

    private static Boolean active(Row row, List<ImportProblem> problems) {
        String raw = row.get(Column.ACTIVE);
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "y" -> true;
            case "no", "false", "0", "n" -> false;
            default -> {
                problems.add(new ImportProblem(row.line(), "active", "'" + raw + "' should be yes or no."));
                yield null;
            }
        };
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "jobTitle" -> "job title";
            case "startDate" -> "start date";
            default -> field;
        };
    }
}
