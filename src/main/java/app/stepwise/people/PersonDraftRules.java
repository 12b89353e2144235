package app.stepwise.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Field rules shared by the person form and the CSV import, so both say the same thing. */
public final class PersonDraftRules {
    static final int MAX_NAME = 200;
    static final int MAX_JOB_TITLE = 200;
    /** Nobody working today started before this; an earlier date is a typo. */
    public static final LocalDate EARLIEST_START = LocalDate.of(1950, 1, 1);
    /** Hires are entered ahead of their first day, but not years ahead (1 Jan 3000 is a typo). */
    public static final int MAX_YEARS_AHEAD = 1;

    private PersonDraftRules() {
    }

    /**
     * Problems keyed by field name ({@code name}, {@code email}, {@code jobTitle}, {@code startDate},
     * {@code authorities}).
     */
    static Map<String, String> problems(PersonDraft draft, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        String name = trimmed(draft.name());
        if (name == null) {
            problems.put("name", "Enter the person's name.");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "Keep the name under " + MAX_NAME + " characters.");
        }
        String email = Emails.normalise(draft.email());
        if (email.isEmpty()) {
            problems.put("email", "Enter an email address.");
        } else if (!Emails.isPlausible(email)) {
            problems.put("email", "'" + draft.email().trim() + "' is not a valid email address.");
        }
        String jobTitle = trimmed(draft.jobTitle());
        if (jobTitle != null && jobTitle.length() > MAX_JOB_TITLE) {
            problems.put("jobTitle", "Keep the job title under " + MAX_JOB_TITLE + " characters.");
        }
        startDateProblem(draft.startDate(), today).ifPresent(p -> problems.put("startDate", p));
        if (draft.authorities() == null || draft.authorities().isEmpty()) {
            problems.put("authorities", "Give the person at least one authority.");
        }
        return problems;
    }

    static Optional<String> startDateProblem(LocalDate startDate, LocalDate today) {
        if (startDate == null) {
            return Optional.empty();
        }
        if (startDate.isBefore(EARLIEST_START)) {
            return Optional.of("The start date is before " + EARLIEST_START + "; check the year.");
        }
        if (startDate.isAfter(latestStart(today))) {
            return Optional.of("The start date is more than " + MAX_YEARS_AHEAD + " year ahead; pick a date on or before "
                    + latestStart(today) + ".");
        }
        return Optional.empty();
    }

    public static LocalDate latestStart(LocalDate today) {
        return today.plusYears(MAX_YEARS_AHEAD);
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
