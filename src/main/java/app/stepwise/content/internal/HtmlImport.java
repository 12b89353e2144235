package app.stepwise.content.internal;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Wiki HTML to Markdown through Flexmark's converter, after the same sanitising as rendered output. */
public final class HtmlImport {

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            // ATX headings ("## Steps") are what authors write and what the section rules are documented with.
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            // Keep the author's quotes and dashes as they are rather than turning them into Markdown smarts.
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .toImmutable()).build();

    private HtmlImport() {
    }

    public static String toMarkdown(String html) {
        return CONVERTER.convert(HtmlPolicy.sanitize(html));
    }
}
