package app.stepwise.studio;

import java.util.regex.Pattern;

/** A title for lists, read cheaply from text that may not parse: front matter title, first heading, or the key. */
final class DraftTitles {
    static final int MAX_LENGTH = 300;
    private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");

    private DraftTitles() {
    }

    static String of(String source, String moduleKey) {
        int end = VersionNotes.frontMatterEnd(source);
        var title = end < 0 ? null : TITLE.matcher(source.substring(0, end));
        String found = title != null && title.find() ? unquote(title.group(1)) : null;
        if (found == null || found.isBlank()) {
            var heading = HEADING.matcher(end < 0 ? source : source.substring(end));
            found = heading.find() ? heading.group(1) : moduleKey;
        }
        String text = found.strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
    }
}
