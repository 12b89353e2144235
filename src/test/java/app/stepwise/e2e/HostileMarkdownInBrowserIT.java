package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentParser;
import app.stepwise.content.HtmlToMarkdown;
import app.stepwise.content.SafeHtmlRenderer;
import app.stepwise.content.SourceFile;
import app.stepwise.e2e.TrappedPage.Finding;
import app.stepwise.e2e.TrappedPage.Insertion;
import app.stepwise.e2e.TrappedPage.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

/**
 * The SECURITY.md figure: at least 200 hostile Markdown payloads rendered in headless Chromium give 0 script
 * executions, 0 {@code javascript:}/{@code data:}/{@code vbscript:} URLs and 0 {@code on*} attributes. The jsoup-level
 * {@code HostileMarkdownTest} reads the output the way it expects a browser to; this one asks the browser, which
 * decodes entities, strips control characters from URLs and merges stray {@code <body>} attributes its own way.
 * <p>
 * No server is needed: each rendering route puts all its fragments into one file:// page (see {@link TrappedPage}),
 * once parsed with the page and once through {@code innerHTML} as Vaadin's {@code Html} does.
 */
class HostileMarkdownInBrowserIT {

    private static final List<String> PAYLOADS = AttributablePayloads.all();
    private static final int REPORTED_FINDINGS = 60;

    @TempDir
    static Path pages;

    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(1280, 900);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The ways trainer content becomes HTML in the reader. */
    enum Route {
        MARKDOWN {
            @Override
            Optional<String> render(String payload) {
                return Optional.of(SafeHtmlRenderer.render(payload));
            }
        },
        /** A wiki HTML import, converted to Markdown and then rendered; only for payloads that contain HTML. */
        HTML_IMPORT {
            @Override
            Optional<String> render(String payload) {
                return payload.contains("<")
                        ? Optional.of(SafeHtmlRenderer.render(HtmlToMarkdown.convert(payload)))
                        : Optional.empty();
            }
        },
        /** The whole module page: the payload in the intro, in a step and in a later section. */
        MODULE {
            @Override
            Optional<String> render(String payload) {
                String doc = "# Title\n\n" + payload + "\n\n## Steps\n\n1. " + payload.replace("\n", " ")
                        + "\n2. Second\n\n## Notes\n\n" + payload + "\n";
                return new ContentParser().parse(SourceFile.ofText("hostile/module.md", doc)).module()
                        .map(module -> SafeHtmlRenderer.renderModule(module).html());
            }
        };

        abstract Optional<String> render(String payload);

        SortedMap<Integer, String> renderAll() {
            SortedMap<Integer, String> fragments = new TreeMap<>();
            for (int number = 0; number < PAYLOADS.size(); number++) {
                int payload = number;
                render(PAYLOADS.get(number)).ifPresent(html -> fragments.put(payload, html));
            }
            return fragments;
        }
    }

    static Stream<Arguments> routesAndInsertions() {
        return Stream.of(Route.values())
                .flatMap(route -> Stream.of(Insertion.values()).map(insertion -> Arguments.of(route, insertion)));
    }

    @Test
    void the_corpus_has_at_least_200_distinct_payloads() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("routesAndInsertions")
    void no_rendered_payload_runs_script_or_keeps_a_handler_or_script_url_in_chromium(Route route,
            Insertion insertion) {
        SortedMap<Integer, String> fragments = route.renderAll();
        assertThat(fragments).as("payloads this route renders")
                .hasSizeGreaterThan(route == Route.HTML_IMPORT ? 100 : 200);

        Outcome outcome = TrappedPage.run(driver, pages, route + "-" + insertion, fragments, insertion);

        assertThat(outcome.stayedOnPage()).as(() -> "the page stayed put, but is now at " + outcome.url()
                + report(outcome.findings(), HostileMarkdownInBrowserIT::payload, fragments)).isTrue();
        // A fragment that swallowed the ones after it, or an insertion that failed, would hide them from every check.
        assertThat(outcome.sections()).as("sections in the browser's DOM").isEqualTo(fragments.size());
        assertThat(outcome.filledSections()).as("sections with content in the browser's DOM")
                .isEqualTo(fragments.values().stream().filter(html -> !html.isBlank()).count());
        assertThat(outcome.findings())
                .withFailMessage(() -> report(outcome.findings(), HostileMarkdownInBrowserIT::payload, fragments))
                .isEmpty();
        assertThat(outcome.fired()).as("window.__xssFired").isZero();
    }

    /**
     * Without this the test above cannot fail: the same page machinery, with unsanitised fragments, must see each kind
     * of attack it checks for, and name the payload it came from. Through {@code innerHTML} a script element is inert,
     * but still reported.
     */
    @ParameterizedTest
    @EnumSource(Insertion.class)
    void the_traps_catch_unsanitised_fragments(Insertion insertion) {
        String frameScript = Base64.getEncoder().encodeToString(
                "<script>parent.postMessage('__xss:5','*')</script>".getBytes(StandardCharsets.UTF_8));
        SortedMap<Integer, String> raw = new TreeMap<>(Map.of(
                1, "<img src=x onerror=alert(1)>",
                2, "<a href=\"java&#115;cript:alert(2)\">x</a>",
                3, "<div onmouseover=\"top.__xss(3)\">x</div>",
                4, "<script>confirm(4)</script>",
                5, "<iframe src=\"data:text/html;base64," + frameScript + "\"></iframe>"));

        Outcome outcome = TrappedPage.run(driver, pages, "positive-control-" + insertion, raw, insertion);

        Supplier<String> findings = () -> report(outcome.findings(), raw::get, raw);
        assertThat(outcome.stayedOnPage()).as("followed the javascript: link without leaving").isTrue();
        assertThat(outcome.filledSections()).as("sections with content").isEqualTo(raw.size());
        assertThat(outcome.eventTypes()).as("event types fired at every element").isGreaterThan(50);
        assertThat(outcome.fired()).as("window.__xssFired").isPositive();
        assertThat(payloadsFound(outcome, "script ran")).as(findings).containsExactlyInAnyOrderElementsOf(
                insertion == Insertion.PARSED_WITH_THE_PAGE ? List.of("1", "2", "3", "4", "5")
                        : List.of("1", "2", "3", "5"));
        assertThat(payloadsFound(outcome, "event handler attribute")).as(findings).containsExactlyInAnyOrder("1", "3");
        assertThat(payloadsFound(outcome, "script URL")).as(findings).contains("2", "5");
        assertThat(payloadsFound(outcome, "clicked a script URL")).as(findings).containsExactly("2");
        assertThat(payloadsFound(outcome, "script element")).as(findings).containsExactly("4");
        assertThat(payloadsFound(outcome, "active element")).as(findings).containsExactly("5");
    }

    private static String payload(int number) {
        return number >= 0 && number < PAYLOADS.size() ? PAYLOADS.get(number) : null;
    }

    private static List<String> payloadsFound(Outcome outcome, String kind) {
        return outcome.findings().stream().filter(finding -> finding.kind().equals(kind)).map(Finding::payload)
                .distinct().toList();
    }

    /**
     * One entry per finding, with the payload and what the renderer made of it, control characters made visible; at
     * most {@value #REPORTED_FINDINGS}, as one bypass tends to repeat across many payloads.
     */
    private static String report(List<Finding> findings, IntFunction<String> payloads,
            Map<Integer, String> fragments) {
        return findings.stream().limit(REPORTED_FINDINGS).map(finding -> {
            Integer number = parseNumber(finding.payload());
            String payload = number != null && fragments.containsKey(number) ? payloads.apply(number) : null;
            return "%n[%s] payload %s: %s%n    payload:  %s%n    rendered: %s".formatted(finding.kind(),
                    Objects.requireNonNullElse(finding.payload(), "(outside every section)"), visible(finding.detail()),
                    visible(payload), visible(number == null ? null : fragments.get(number)));
        }).collect(Collectors.joining("", findings.size() + " finding(s):",
                findings.size() > REPORTED_FINDINGS ? "%n...".formatted() : ""));
    }

    private static Integer parseNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notAPayloadNumber) {
            return null;
        }
    }

    private static String visible(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? "\\u%04x".formatted(c) : Character.toString(c)));
        return out.toString();
    }
}
