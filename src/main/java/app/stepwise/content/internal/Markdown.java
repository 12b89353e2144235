package app.stepwise.content.internal;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;

/** The one Flexmark configuration for process docs: CommonMark plus GFM tables and task lists. */
public final class Markdown {

    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()))
            // GFM table behaviour, so tables pasted from GitHub or a wiki look the same here.
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKUP = Pattern.compile("[*_`\\[\\]<>&\\\\!#~|]");

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text a reader sees, markup removed and whitespace collapsed to single spaces. */
    public static String plainText(Node node) {
        return collapse(new TextCollectingVisitor().collectAndGetText(node));
    }

    /** Plain text of a Markdown snippet (a practice task title); most titles have no markup and skip the parser. */
    public static String plainText(String markdown) {
        return MARKUP.matcher(markdown).find() ? plainText(parse(markdown)) : collapse(markdown);
    }

    public static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Drops blank lines at both ends, keeping the indentation of the first real line (it may be code). */
    public static String trimBlankLines(String text) {
        int firstVisible = 0;
        while (firstVisible < text.length() && Character.isWhitespace(text.charAt(firstVisible))) {
            firstVisible++;
        }
        if (firstVisible == text.length()) {
            return "";
        }
        return text.substring(text.lastIndexOf('\n', firstVisible) + 1).stripTrailing();
    }
}
