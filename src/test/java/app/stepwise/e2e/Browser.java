package app.stepwise.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium with its packaged chromedriver. Paths are explicit so Selenium Manager never
 * runs (it would try to download a browser). Each browser gets a fresh profile directory.
 */
public final class Browser {
    static final String CHROMIUM = System.getenv().getOrDefault("STEPWISE_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("STEPWISE_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start(int width, int height) {
        return start(width, height, false);
    }

    /**
     * A browser that also keeps Chromium's network log, so a test can read what the server sent
     * (see {@link NetworkRecorder}).
     */
    public static WebDriver startRecordingNetwork(int width, int height) {
        return start(width, height, true);
    }

    private static WebDriver start(int width, int height, boolean recordNetwork) {
        Path profile;
        try {
            profile = Files.createTempDirectory("stepwise-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (recordNetwork) {
            var logging = new org.openqa.selenium.logging.LoggingPreferences();
            logging.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
