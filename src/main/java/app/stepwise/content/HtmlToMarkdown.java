package app.stepwise.content;

import app.stepwise.content.internal.HtmlImport;

/**
 * Converts an HTML page exported from a wiki to Markdown, to be imported like any process doc. The HTML is sanitised
 * first, so script and style contents do not turn into text; the Markdown produced is still untrusted and is rendered
 * through {@link SafeHtmlRenderer} like everything else. Thread-safe.
 */
public final class HtmlToMarkdown {

    private HtmlToMarkdown() {
    }

    public static String convert(String html) {
        return HtmlImport.toMarkdown(html);
    }
}
