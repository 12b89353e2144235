package app.stepwise.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bodies of the responses the browser received since the last call, through Chromium's
 * performance log and the DevTools command {@code Network.getResponseBody}: what the server really sent,
 * not what the page chose to show. Needs a browser from {@link Browser#startRecordingNetwork}.
 */
final class NetworkRecorder {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChromeDriver driver;

    NetworkRecorder(WebDriver driver) {
        this.driver = (ChromeDriver) driver;
    }

    /** Forgets what was received so far. */
    void reset() {
        driver.manage().logs().get(LogType.PERFORMANCE).getAll();
    }

    /** Bodies of the responses received since the last call, from URLs containing {@code urlPart}. */
    List<String> bodies(String urlPart) {
        Map<String, String> urls = new HashMap<>();
        List<String> finished = new ArrayList<>();
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asString()) {
                case "Network.responseReceived" -> urls.put(params.path("requestId").asString(),
                        params.path("response").path("url").asString());
                case "Network.loadingFinished" -> finished.add(params.path("requestId").asString());
                default -> { }
            }
        }
        var bodies = new ArrayList<String>();
        for (String requestId : finished) {
            if (urls.getOrDefault(requestId, "").contains(urlPart)) {
                var body = driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
                bodies.add(String.valueOf(body.get("body")));
            }
        }
        return bodies;
    }
}
