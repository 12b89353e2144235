package app.stepwise.shared;

import java.util.Objects;

/**
 * An event any module publishes when something happened that a person should hear about in the app
 * (a practice submission was reviewed, a flag changed status). The notifications module stores it and
 * shows it behind the bell; the publisher decides the wording.
 *
 * @param recipient who is told
 * @param title     one line, plain text
 * @param detail    optional longer text, plain text; may be empty
 * @param link      optional route inside the app to open (e.g. {@code module/crm-basics}); may be empty
 * @param key       optional: a notice with the same key for the same person is kept once, so a job that runs twice
 *                  (or on two nodes) tells people once
 * @param email     also sent by email, when the app has SMTP configured (reminders)
 */
public record PersonNotice(PersonId recipient, String title, String detail, String link, String key, boolean email) {
    public PersonNotice(PersonId recipient, String title, String detail, String link) {
        this(recipient, title, detail, link, null, false);
    }

    /** A reminder: told once per key, in the app and by email. */
    public static PersonNotice reminder(PersonId recipient, String title, String detail, String link, String key) {
        return new PersonNotice(recipient, title, detail, link, Objects.requireNonNull(key, "key"), true);
    }

    public PersonNotice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(title, "title");
        // capped so the event stays small in the publication registry whatever a publisher passes
        title = cap(title, 200);
        detail = cap(detail == null ? "" : detail, 1500);
        link = cap(link == null ? "" : link, 500);
        key = key == null ? null : cap(key, 200);
    }

    private static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return text.substring(0, end) + "…";
    }
}
