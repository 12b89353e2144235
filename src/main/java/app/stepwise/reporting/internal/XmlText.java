package app.stepwise.reporting.internal;

/** Text for markup we write ourselves (the training record's XHTML, SVG charts): safe in content and attributes. */
public final class XmlText {
    private XmlText() {
    }

    /** The five XML escapes; control characters, which XML cannot hold at all, are dropped. */
    public static String escape(String text) {
        var escaped = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
