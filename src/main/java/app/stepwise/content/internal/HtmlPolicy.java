package app.stepwise.content.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered HTML fragment goes through (SECURITY.md): formatting, headings, lists, tables, code,
 * quotes, links (http, https, mailto, relative; always {@code rel="nofollow noopener"}), images (https or relative
 * only), disabled task-list checkboxes, and step/section ids. Anything else, {@code on*} handlers, {@code style},
 * scripts and script-like URLs in any spelling, is dropped. The sanitizer decodes entities before checking URLs, so
 * {@code java&#115;cript:} is caught too.
 */
public final class HtmlPolicy {

    private static final Pattern ANCHOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}");
    private static final Pattern LIST_START = Pattern.compile("\\d{1,9}");

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "i", "b", "del", "s", "sup", "sub", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img", "section")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(HtmlPolicy::isAllowedImageSource).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowAttributes("start").matching(LIST_START).onElements("ol")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("id").matching(ANCHOR).onElements("li", "section")
            .allowAttributes("class").matching(true, "task-list-item").onElements("li")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("checked").matching(true, "checked", "").onElements("input")
            .allowElements(HtmlPolicy::disabledCheckboxOnly, "input")
            .toFactory();

    private HtmlPolicy() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Images load without a click, so plain http (mixed content, tracking) and foreign schemes are refused. */
    private static boolean isAllowedImageSource(String value) {
        String url = value.strip().toLowerCase(Locale.ROOT);
        if (url.startsWith("https://")) {
            return true;
        }
        int colon = url.indexOf(':');
        int firstSeparator = firstIndexOfAny(url, "/?#");
        boolean hasScheme = colon >= 0 && (firstSeparator < 0 || colon < firstSeparator);
        return !hasScheme && !url.startsWith("//");
    }

    /** Task-list checkboxes only: any other input type is dropped, and the box can never be ticked by a reader. */
    private static String disabledCheckboxOnly(String elementName, List<String> attributes) {
        int type = attributes.indexOf("type");
        if (type < 0 || type % 2 != 0 || !"checkbox".equalsIgnoreCase(attributes.get(type + 1))) {
            return null;
        }
        attributes.add("disabled");
        attributes.add("disabled");
        return elementName;
    }

    private static int firstIndexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
