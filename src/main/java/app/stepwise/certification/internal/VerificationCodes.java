package app.stepwise.certification.internal;

import java.security.SecureRandom;

/** Unguessable codes for certificates: 20 base32 characters, 100 random bits. */
public final class VerificationCodes {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 20;

    private VerificationCodes() {
    }

    public static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Whether the text could be a code at all (checked before any database lookup). */
    public static boolean wellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'));
    }
}
