package app.stepwise.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are compared and stored trimmed and lower-case, so uniqueness ignores case. */
public final class Emails {
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private Emails() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausible(String normalisedEmail) {
        return normalisedEmail.length() <= 254 && PLAUSIBLE.matcher(normalisedEmail).matches();
    }
}
