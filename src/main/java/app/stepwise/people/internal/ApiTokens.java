package app.stepwise.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 32 random bytes, so a plain SHA-256 is enough to store them (no slow hash needed for
 * a secret nobody chose); the first characters are kept to tell tokens apart.
 */
public final class ApiTokens {
    public static final String PREFIX = "swt_";
    static final int PREFIX_SHOWN = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public static String shownPrefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_SHOWN, secret.length()));
    }
}
