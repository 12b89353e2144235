package app.stepwise.practice.internal;

import app.stepwise.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks typed evidence: free text and links. Each refusal says what to change. */
public final class EvidenceChecks {
    public static final int MAX_TEXT_CHARS = 20_000;
    public static final int MAX_LINK_CHARS = 2_000;
    public static final int MAX_COMMENT_CHARS = 2_000;

    private EvidenceChecks() {
    }

    /** The text trimmed, 1 to 20,000 characters. */
    public static String text(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("text", "Describe your evidence: the text is empty.");
        }
        if (trimmed.length() > MAX_TEXT_CHARS) {
            throw new InvalidInputException("text", "The text is " + String.format(Locale.ROOT, "%,d", trimmed.length())
                    + " characters long; at most 20,000 are accepted.");
        }
        if (trimmed.indexOf('\0') >= 0) {
            throw new InvalidInputException("text", "The text contains a NUL character; paste it as plain text.");
        }
        return trimmed;
    }

    /**
     * An absolute http or https address with a host, no user name or password, no spaces, at most 2,000
     * characters. Everything else ({@code javascript:}, {@code data:}, relative paths...) is refused.
     */
    public static String link(String link) {
        String trimmed = link == null ? "" : link.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("link", "Enter the web address of your evidence.");
        }
        if (trimmed.length() > MAX_LINK_CHARS) {
            throw new InvalidInputException("link", "The link is longer than 2,000 characters.");
        }
        if (trimmed.chars().anyMatch(c -> c <= ' ' || c == 0x7f || Character.isWhitespace(c))) {
            throw new InvalidInputException("link", "A link cannot contain spaces or control characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("link", "This is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("link", "Enter a full web address starting with https:// or http://.");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException("link", "The link has no valid host name (like example.com).");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("link", "A link may not contain a user name or password.");
        }
        return trimmed;
    }

    /** A reviewer's comment, trimmed (empty when none); required for a rejection. */
    public static String comment(String comment, boolean required) {
        String trimmed = comment == null ? "" : comment.strip();
        if (required && trimmed.isEmpty()) {
            throw new InvalidInputException("comment", "Say what the learner should change: a rejection needs a comment.");
        }
        if (trimmed.length() > MAX_COMMENT_CHARS) {
            throw new InvalidInputException("comment", "The comment is longer than 2,000 characters.");
        }
        return trimmed;
    }
}
