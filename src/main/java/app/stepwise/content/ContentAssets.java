package app.stepwise.content;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images process docs may reference relatively: which files count (raster images only; SVG can carry
 * script), and how a doc's relative reference resolves to a stored path. Absolute URLs, other schemes
 * and paths that climb out of the content root resolve to nothing and are never fetched.
 */
public final class ContentAssets {
    /** Where stored images are served; followed by the image's path in the content root. */
    public static final String URL_PREFIX = "/content-assets/";

    private static final Map<String, String> MEDIA_TYPES = Map.of(".png", "image/png", ".jpg", "image/jpeg",
            ".jpeg", "image/jpeg", ".gif", "image/gif", ".webp", "image/webp");

    private ContentAssets() {
    }

    public static Optional<String> mediaTypeOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** {@code resolve("sales/quote.md", "images/flow.png")} is {@code sales/images/flow.png}. */
    public static Optional<String> resolve(String documentPath, String reference) {
        if (reference == null || reference.isBlank() || reference.contains(":") || reference.startsWith("/")
                || reference.startsWith("\\") || reference.contains("?") || reference.contains("#")) {
            return Optional.empty();
        }
        var parts = new ArrayDeque<String>();
        int slash = documentPath.lastIndexOf('/');
        if (slash > 0) {
            for (String part : documentPath.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : reference.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String path = String.join("/", parts);
        return mediaTypeOf(path).isPresent() ? Optional.of(path) : Optional.empty();
    }

    /** The URL a rendered module uses for a relative image reference, or empty when it must not be shown. */
    public static Optional<String> url(String documentPath, String reference) {
        return resolve(documentPath, reference).map(path -> URL_PREFIX + path);
    }
}
