package app.stepwise.content;

import app.stepwise.content.internal.HtmlPolicy;
import app.stepwise.content.internal.MarkdownHtml;
import app.stepwise.content.internal.ModuleHtml;

/**
 * Markdown to HTML that is safe to put into the page (Vaadin {@code Html}, {@code innerHTML}): raw HTML in the
 * Markdown is escaped, then the result is sanitised with an allow-list (no scripts, no event handlers, no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URLs in any spelling; links get {@code rel="nofollow
 * noopener"}; images only from https or relative URLs). Still send a Content-Security-Policy. Thread-safe.
 */
public final class SafeHtmlRenderer {

    private SafeHtmlRenderer() {
    }

    /** Any Markdown: a question body, an explanation, an option, a practice task description. */
    public static String render(String markdown) {
        return HtmlPolicy.sanitize(MarkdownHtml.toHtml(markdown));
    }

    /** A module for the reader, without Quiz and Practice, with step anchors as {@code id}s. */
    public static RenderedModule renderModule(ProcessDoc doc) {
        return ModuleHtml.render(doc);
    }

    /** Sanitises HTML from elsewhere (e.g. an HTML import preview) with the same allow-list. */
    public static String sanitize(String html) {
        return HtmlPolicy.sanitize(html);
    }
}
