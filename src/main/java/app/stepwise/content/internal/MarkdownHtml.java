package app.stepwise.content.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to (still untrusted) HTML. Raw HTML in the Markdown is escaped, never passed through: the author's
 * {@code <b>} shows as text, which is the price of not trusting {@code <img onerror>}. The result must still go through
 * {@link HtmlPolicy}, because Markdown links alone can carry {@code javascript:} URLs.
 */
public final class MarkdownHtml {

    /** Anchors for the items of the document's first top-level numbered list (the steps), in order. */
    static final DataKey<List<String>> STEP_ANCHORS = new DataKey<>("STEPWISE_STEP_ANCHORS", List.of());

    private static final DataHolder OPTIONS = new MutableDataSet(Markdown.OPTIONS)
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .toImmutable();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new StepAnchorProviderFactory())
            .build();

    private MarkdownHtml() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(Markdown.parse(markdown));
    }

    public static String toHtml(String markdown, List<String> stepAnchors) {
        Document document = Markdown.parse(markdown);
        document.set(STEP_ANCHORS, List.copyOf(stepAnchors));
        return RENDERER.render(document);
    }

    private static final class StepAnchorProviderFactory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            Document document = context.getDocument();
            List<String> anchors = STEP_ANCHORS.get(document);
            OrderedList steps = anchors.isEmpty() ? null : firstTopLevelOrderedList(document);
            return (node, part, attributes) -> {
                if (steps != null && node instanceof ListItem item && item.getParent() == steps && isListItem(part)) {
                    int position = positionIn(steps, item);
                    if (position < anchors.size()) {
                        attributes.replaceValue("id", anchors.get(position));
                    }
                }
            };
        }

        private static boolean isListItem(AttributablePart part) {
            return part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM;
        }

        private static OrderedList firstTopLevelOrderedList(Document document) {
            for (Node child : document.getChildren()) {
                if (child instanceof OrderedList list) {
                    return list;
                }
            }
            return null;
        }

        private static int positionIn(OrderedList list, ListItem item) {
            int position = 0;
            for (Node child = list.getFirstChild(); child != null && child != item; child = child.getNext()) {
                position++;
            }
            return position;
        }
    }
}
