package eu.digitalpartnership.kg.publish.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, both given by path so that Selenium Manager never
 * runs (it would download a browser or a driver), with a fresh profile in a temporary folder and the flags that
 * keep Chromium off the network by itself. Records what the pages request (Chrome's performance log) and what
 * they log to the console.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install chromium chromium-driver";

    /** A request the page made: its URL, and the resource type Chrome gives it (Document, Script, XHR, Fetch, …). */
    record Request(String url, String type) {}

    /** A response the page got: its URL, HTTP status and resource type. */
    record Response(String url, int status, String type) {}

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final ChromeDriverService service;
    private final Path profile;
    private final List<Request> requests = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<String> console = new ArrayList<>();

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Why the browser cannot run here, in one line, or null when Chromium and ChromeDriver are installed. */
    static String missing() {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) absent.add(CHROMIUM.toString());
        if (!Files.isExecutable(CHROMEDRIVER)) absent.add(CHROMEDRIVER.toString());
        return absent.isEmpty() ? null
                : "Browser tests need Debian's Chromium and ChromeDriver; missing " + String.join(" and ", absent)
                + ": install them with `" + INSTALL + "` (as root, after apt-get update)";
    }

    /** Starts headless Chromium with a window of the given size. */
    static Browser start(int width, int height) {
        String why = missing();
        if (why != null) throw new IllegalStateException(why);
        Path profile;
        try {
            profile = Files.createTempDirectory("dpkg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--disable-dev-shm-usage",
                // the browser's own services (autofill, sign-in, updates, search-engine preconnect) stay off the
                // network, and no host name but 127.0.0.1 resolves: not even a DNS query leaves the machine
                "--disable-breakpad", "--disable-client-side-phishing-detection", "--disable-domain-reliability",
                "--no-pings", "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain",
                "--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,"
                        + "OptimizationGuideModelDownloading,MediaRouter,Translate",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "dpkg-chromedriver.log"))
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            return new Browser(driver, service, profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    /** Sizes the window so that its viewport ({@code innerWidth} × {@code innerHeight}) is the given size. */
    void size(int width, int height) {
        if (viewport().equals(new Dimension(width, height))) return;
        driver.manage().window().setSize(new Dimension(width, height));
        Dimension inside = viewport();
        if (!inside.equals(new Dimension(width, height))) {
            // the window's own frame, if it has one, comes on top of the viewport
            driver.manage().window().setSize(new Dimension(2 * width - inside.width, 2 * height - inside.height));
        }
        wait.until(d -> viewport().equals(new Dimension(width, height)));
    }

    private Dimension viewport() {
        @SuppressWarnings("unchecked")
        List<Number> wh = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        return new Dimension(wh.get(0).intValue(), wh.get(1).intValue());
    }

    /** Opens a page and waits until it is loaded. */
    void open(String url) {
        driver.get(url);
        waitLoaded();
    }

    void waitLoaded() {
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Every request the pages made since the browser started. */
    List<Request> requests() {
        drain();
        return List.copyOf(requests);
    }

    /** Every response the pages got since the browser started. */
    List<Response> responses() {
        drain();
        return List.copyOf(responses);
    }

    /** The console messages at level SEVERE since the last call (script errors, failed loads). */
    List<String> severeConsole() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) console.add(e.getMessage());
        }
        List<String> out = List.copyOf(console);
        console.clear();
        return out;
    }

    /** The status of the last response for a URL (-1 if none was seen). */
    int status(String url) {
        List<Response> all = responses();
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).url().equals(url)) return all.get(i).status();
        return -1;
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        Json json = new Json();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> entry = json.toType(e.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) entry.get("message");
            if (message == null) continue;
            String method = (String) message.get("method");
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            if (params == null) continue;
            if ("Network.requestWillBeSent".equals(method)) {
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                requests.add(new Request((String) request.get("url"), String.valueOf(params.get("type"))));
            } else if ("Network.responseReceived".equals(method)) {
                Map<String, Object> response = (Map<String, Object>) params.get("response");
                responses.add(new Response((String) response.get("url"), ((Number) response.get("status")).intValue(),
                        String.valueOf(params.get("type"))));
            } else if ("Network.webSocketCreated".equals(method)) {
                requests.add(new Request((String) params.get("url"), "WebSocket"));
            }
        }
    }

    @Override public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; what is left goes with the machine's temporary files
        }
    }
}
