package app.stepwise.content.internal.binder;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Renders a binder with CSS paged media: a cover with the contents (page numbers through {@code target-counter}),
 * then one chapter per module starting on a new page, page numbers at the foot. Built-in PDF fonts only.
 */
public final class BinderPdf {
    /** Plain text except {@code html}, which is sanitised HTML from the reader's pipeline. */
    public record Chapter(String moduleId, String title, int version, String date, String html) {
    }

    /** Plain text; {@code chapters} in the role's order. */
    public record Binder(String roleId, String roleTitle, int roleVersion, String generatedOn, List<Chapter> chapters) {
    }

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: sans-serif; font-size: 9pt; color: #555; } }
            body { font-family: sans-serif; font-size: 10.5pt; color: #1f2a37; line-height: 1.4; }
            h1 { font-size: 22pt; margin: 0 0 4mm 0; }
            .cover .kind { font-size: 11pt; color: #2f5d8a; font-weight: bold; }
            .cover .facts { color: #555; }
            ol.toc { padding-left: 0; list-style: none; }
            ol.toc li { margin: 2mm 0; }
            ol.toc a { color: #1f2a37; text-decoration: none; }
            ol.toc a::after { content: leader('.') " " target-counter(attr(href), page); }
            .chapter { page-break-before: always; }
            .chapter .facts { color: #555; border-bottom: 1px solid #ccc; padding-bottom: 2mm; }
            h2 { font-size: 14pt; margin-top: 6mm; }
            .step { margin: 2mm 0 3mm 0; }
            .step-number { font-weight: bold; margin: 0; }
            .step p:first-of-type { margin-top: 1mm; }
            pre, code { font-family: monospace; font-size: 9pt; }
            pre { white-space: pre-wrap; }
            table { border-collapse: collapse; }
            td, th { border: 1px solid #ccc; padding: 1mm 2mm; }
            """;

    private BinderPdf() {
    }

    public static byte[] render(Binder binder) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(binder), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    static String xhtml(Binder binder) {
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>").append(escape(binder.roleTitle()))
                .append("</title><style>").append(STYLE).append("</style></head><body><div class=\"cover\">")
                .append("<p class=\"kind\">Role binder</p><h1>").append(escape(binder.roleTitle())).append("</h1>")
                .append("<p class=\"facts\">").append(escape(binder.roleId())).append(" · role version ").append(binder.roleVersion())
                .append(" · generated ").append(escape(binder.generatedOn())).append("</p><h2>Contents</h2><ol class=\"toc\">");
        var chapters = binder.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            var c = chapters.get(i);
            page.append("<li><a href=\"#chapter-").append(i + 1).append("\">").append(i + 1).append(". ")
                    .append(escape(c.title())).append(" (v").append(c.version()).append(", ").append(escape(c.date()))
                    .append(")</a></li>");
        }
        if (chapters.isEmpty()) {
            page.append("<li>This role requires no modules.</li>");
        }
        page.append("</ol></div>");
        for (int i = 0; i < chapters.size(); i++) {
            var c = chapters.get(i);
            page.append("<div class=\"chapter\" id=\"chapter-").append(i + 1).append("\"><h1>").append(i + 1).append(". ")
                    .append(escape(c.title())).append("</h1><p class=\"facts\">").append(escape(c.moduleId()))
                    .append(" · version ").append(c.version()).append(" · ").append(escape(c.date())).append("</p>")
                    .append(asXhtml(c.html())).append("</div>");
        }
        return page.append("</body></html>").toString();
    }

    /**
     * The renderer reads strict XML, so the sanitised HTML is re-serialised as XHTML. Images are replaced by their
     * alt text: the binder never fetches anything while rendering.
     */
    static String asXhtml(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select("img").forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(
                img.attr("alt").isBlank() ? "[image]" : "[image: " + img.attr("alt") + "]")));
        fragment.select("[id]").forEach(element -> element.removeAttr("id")); // chapter ids must stay unique
        fragment.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return fragment.body().html();
    }

    /** For plain text going into the binder's HTML. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
