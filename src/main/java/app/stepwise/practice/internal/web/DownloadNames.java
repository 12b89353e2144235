package app.stepwise.practice.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header for a learner's file name: an ASCII fallback with anything
 * unusual replaced, plus the full name percent-encoded (RFC 6266 / 8187). No quotes, separators or control
 * characters survive, so the name cannot break out of the header or pick a folder.
 */
final class DownloadNames {
    private DownloadNames() {
    }

    static String attachment(String fileName) {
        String name = clean(fileName);
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String clean(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        var cleaned = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && c != '"' && c != ';').forEach(cleaned::appendCodePoint);
        name = cleaned.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() ? "evidence" : name;
    }
}
