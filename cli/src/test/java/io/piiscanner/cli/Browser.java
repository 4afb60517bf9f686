package io.piiscanner.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium, headless and driven through its chromedriver, opening files as a person
 * would. Debian's {@code chromium} and {@code chromium-driver} packages provide both, and
 * {@code .ci/run} installs them: without them a test is skipped on a developer's machine, and
 * fails under CI (where {@code CI} is set), so that a green build never hides a browser test
 * that did not run.
 *
 * <p>The browser records every request its pages make (Chrome's performance log, the DevTools
 * network events), so a test can tell that a page fetched nothing.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Selenium warns that it has no DevTools bindings for this Chromium; the tests do not use
     * them. Held here, or the logger and its level could be collected.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser with a fresh profile in {@code profile}, or skips the test where CI allows. */
    static Browser start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "no " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                fail(missing + " (.ci/run installs them)");
            }
            assumeTrue(false, missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1400",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens a file, after forgetting the requests made so far. */
    void open(Path file) {
        requests();
        driver.get(file.toUri().toString());
    }

    /**
     * The URLs requested since the last call or the last {@link #open}, in order, the opened file
     * included. Chromium's own pages ({@code chrome://}, {@code chrome-untrusted://}, extensions,
     * DevTools) are not the page's requests: a new headless profile sometimes loads one while a
     * test runs, which is no request of the report's. Nor is a {@code data:} URL, which carries its
     * content in itself and reaches nothing: under load Chromium was seen showing one of its own
     * (a {@code data:image/gif}) that no report holds.
     */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String url = message.path("params").path("request").path("url").asText();
                if (message.path("method").asText().equals("Network.requestWillBeSent") && !isBrowsersOwn(url)) {
                    urls.add(url);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    private static boolean isBrowsersOwn(String url) {
        return url.startsWith("chrome://")
                || url.startsWith("data:")
                || url.startsWith("chrome-untrusted://")
                || url.startsWith("chrome-extension://")
                || url.startsWith("devtools://");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs a script in the page and returns its value. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that calls {@code arguments[arguments.length - 1]} with its result. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Saves what the window shows as a PNG image. */
    void screenshot(Path to) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
