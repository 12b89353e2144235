package app.stepwise.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field rules shared by the person form and the CSV import, so both say the same thing. */
final class PersonDraftRules {
    static final int MAX_NAME = 200;
    static final int MAX_JOB_TITLE = 200;

    private PersonDraftRules() {
    }

    /** Problems keyed by field name ({@code name}, {@code email}, {@code jobTitle}, {@code authorities}). */
    static Map<String, String> problems(PersonDraft draft) {
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
        if (draft.authorities() == null || draft.authorities().isEmpty()) {
            problems.put("authorities", "Give the person at least one authority.");
        }
        return problems;
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
