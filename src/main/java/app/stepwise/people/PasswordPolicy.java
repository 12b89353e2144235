package app.stepwise.people;

import java.util.Locale;
import java.util.Optional;

/**
 * Password rules (ASVS 6.2): at least 12 characters, at most 128 so hashing cannot be abused, and not
 * the person's email or the part of it before the {@code @}. No composition rules: they push people
 * to predictable patterns, length does more.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with the password, in a sentence for the person choosing it, or empty if it is fine. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (email != null && !email.isBlank()) {
            String lower = password.trim().toLowerCase(Locale.ROOT);
            String normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
            int at = normalisedEmail.indexOf('@');
            String localPart = at > 0 ? normalisedEmail.substring(0, at) : normalisedEmail;
            if (lower.equals(normalisedEmail) || lower.equals(localPart)) {
                return Optional.of("Don't use your email address as your password.");
            }
        }
        return Optional.empty();
    }
}
