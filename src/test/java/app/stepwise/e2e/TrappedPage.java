package app.stepwise.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;

/**
 * A file:// page of HTML fragments, each in its own {@code <section data-payload="N">}, with traps installed in the
 * head before the first fragment (resource {@code e2e/script-traps.js}): every function a payload could call to show
 * it ran is replaced by a recorder, links and forms cannot leave the page, and the page can fire every event type at
 * every element and then report what it finds, attributed to the payload's section.
 */
final class TrappedPage {

    /** Time for what happens without interaction: image errors, autofocus, timers, meta refresh, nested frames. */
    private static final Duration SETTLE_AFTER_LOAD = Duration.ofMillis(1500);
    /** Time for what interaction queued: javascript: links run as a task after the click, resize events follow. */
    private static final Duration SETTLE_AFTER_EXERCISE = Duration.ofMillis(1000);
    private static final String TRAPS = resource("/e2e/script-traps.js");

    /** How the fragments reach the DOM. */
    enum Insertion {
        /** In the page source, parsed with the document: scripts in a fragment would run. */
        PARSED_WITH_THE_PAGE,
        /** Assigned to {@code innerHTML} after load, as Vaadin's {@code Html} does: scripts inert, handlers live. */
        SET_AS_INNER_HTML
    }

    /** {@code payload} is the section's number, or the trap call's argument; null when outside every section. */
    record Finding(String kind, String payload, String detail) {
    }

    /**
     * @param fired        {@code window.__xssFired}: how many trapped calls payloads made
     * @param eventTypes   how many event types were fired at every element
     * @param sections       sections the browser found as direct children of the fragment container
     * @param filledSections those of them with any content but whitespace
     * @param stayedOnPage   the URL is unchanged and the traps are still in place
     */
    record Outcome(long fired, int eventTypes, int sections, int filledSections, boolean stayedOnPage, String url,
            List<Finding> findings) {
    }

    private final WebDriver driver;
    private final List<Finding> nativeDialogs = new ArrayList<>();

    private TrappedPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Writes the page into {@code folder}, loads it, waits, exercises it, waits, and inspects it. */
    static Outcome run(WebDriver driver, Path folder, String name, SortedMap<Integer, String> fragments,
            Insertion insertion) {
        Path page = folder.resolve(name + ".html");
        try {
            Files.writeString(page, html(name, fragments, insertion), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrappedPage(driver).load(page.toUri().toString());
    }

    private Outcome load(String url) {
        try {
            driver.get(url);
        } catch (UnhandledAlertException e) {
            nativeDialog(e);
        }
        pause(SETTLE_AFTER_LOAD);
        int eventTypes = 0;
        if (harnessPresent()) {
            eventTypes = ((Number) script("return window.__harness.exercise()")).intValue();
            // A real resize, not a synthetic event: <body onresize> merged from a fragment would fire on it.
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(640, 480));
            driver.manage().window().setSize(size);
        }
        pause(SETTLE_AFTER_EXERCISE);
        String currentUrl = currentUrl();
        boolean stayed = url.equals(currentUrl) && harnessPresent();
        if (!stayed) {
            return new Outcome(-1, eventTypes, 0, 0, false, currentUrl, List.copyOf(nativeDialogs));
        }
        long fired = ((Number) script("return window.__xssFired")).longValue();
        int sections = ((Number) script("return window.__harness.sections().length")).intValue();
        int filledSections = ((Number) script("return window.__harness.sections()"
                + ".filter(section => section.innerHTML.trim() !== '').length")).intValue();
        List<Finding> findings = new ArrayList<>();
        for (Object item : (List<?>) script("return window.__harness.inspect()")) {
            Map<?, ?> finding = (Map<?, ?>) item;
            findings.add(new Finding(String.valueOf(finding.get("kind")), (String) finding.get("payload"),
                    String.valueOf(finding.get("detail"))));
        }
        findings.addAll(nativeDialogs);
        return new Outcome(fired, eventTypes, sections, filledSections, true, currentUrl, List.copyOf(findings));
    }

    private boolean harnessPresent() {
        return Boolean.TRUE.equals(script("return typeof window.__harness === 'object'"));
    }

    private String currentUrl() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.getCurrentUrl();
            } catch (UnhandledAlertException e) {
                nativeDialog(e);
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * A native dialog means script ran where the traps do not reach (a nested document calling its own alert).
     * Chromedriver dismisses it and reports it on the next command, so it is recorded and the command repeated.
     */
    private Object script(String javascript) {
        for (int attempt = 0; ; attempt++) {
            try {
                return ((JavascriptExecutor) driver).executeScript(javascript);
            } catch (UnhandledAlertException e) {
                nativeDialog(e);
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private void nativeDialog(UnhandledAlertException e) {
        nativeDialogs.add(new Finding("native dialog opened", e.getAlertText(), String.valueOf(e.getAlertText())));
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException alreadyDismissed) {
            // chromedriver's default prompt behaviour dismissed it already
        }
    }

    static String html(String title, SortedMap<Integer, String> fragments, Insertion insertion) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\" data-harness>")
                .append("<title data-harness>").append(title).append("</title>\n")
                .append("<script data-harness>\n").append(TRAPS).append("\n</script>\n");
        if (insertion == Insertion.SET_AS_INNER_HTML) {
            page.append("<script type=\"application/json\" id=\"fragments-json\" data-harness>{");
            String separator = "";
            for (var fragment : fragments.entrySet()) {
                page.append(separator).append('"').append(fragment.getKey()).append("\":")
                        .append(jsonString(fragment.getValue()));
                separator = ",\n";
            }
            page.append("}</script>\n");
        }
        page.append("</head><body><main id=\"fragments\">\n");
        for (var fragment : fragments.entrySet()) {
            page.append("<section data-payload=\"").append(fragment.getKey()).append("\">")
                    .append(insertion == Insertion.PARSED_WITH_THE_PAGE ? fragment.getValue() : "")
                    .append("</section>\n");
        }
        return page.append("</main></body></html>\n").toString();
    }

    /** A JSON string that is also inert inside a script element: no {@code </script>}, no line separators. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the page settled", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = TrappedPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
