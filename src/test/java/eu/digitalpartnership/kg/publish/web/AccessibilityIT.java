package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.model.IriMinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page type of the site (listed in {@code src/test/resources/accessibility/pages.tsv}) checked with axe-core
 * (npm, {@code src/test/clients}) in headless Chromium on the development corpus: no critical or serious violation in
 * the light scheme, the dark scheme and at 390 px wide; no positive tabindex. Fails, never skips, when the browser
 * or axe-core is missing.
 */
class AccessibilityIT {
    private static final Path PAGES = Path.of("src/test/resources/accessibility/pages.tsv");
    private static final Path AXE = Path.of("src/test/clients/node_modules/axe-core/axe.min.js");
    private static final List<String> BLOCKING = List.of("critical", "serious");

    private static BrowserSite site;
    private static Browser browser;
    private static String origin;
    private static String axe;
    private static final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isReadable(AXE)) fail("AccessibilityIT needs axe-core: run `npm ci` in src/test/clients (.ci/run does)");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        DatasetGraph store = LoadedCorpus.store();
        site = BrowserSite.start(store, IriMinter.DEFAULT_BASE, 1280, 900);
        origin = site.origin();
        browser = site.browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        for (String line : Files.readAllLines(PAGES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            String path = cols[1].startsWith("@") ? pages.get(cols[1].substring(1)) : cols[1];
            if (path == null) fail("pages.tsv: " + cols[1] + " names no earlier line");
            if (cols.length > 2) {
                browser.open(origin + path);
                String href = browser.driver.findElement(By.cssSelector(cols[2])).getAttribute("href");
                path = href.substring(origin.length()).replaceFirst("#.*", "");
            }
            pages.put(cols[0], path);
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void every_page_type_has_no_critical_or_serious_violation_in_light_mode() {
        check("light", 1280, 900, false);
    }

    @Test
    void every_page_type_has_no_critical_or_serious_violation_in_dark_mode() {
        check("dark", 1280, 900, true);
    }

    @Test
    void every_page_type_has_no_critical_or_serious_violation_at_390_px() {
        check("390 px", 390, 844, false);
    }

    @Test
    void no_page_puts_an_element_first_in_the_tab_order() {
        browser.size(1280, 900);
        List<String> found = new ArrayList<>();
        pages.forEach((type, path) -> {
            open(path);
            Number positive = (Number) browser.driver.executeScript(
                    "return [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length");
            if (positive.intValue() > 0) found.add(type + " (" + path + "): " + positive + " elements with tabindex > 0");
        });
        assertEquals(List.of(), found);
    }

    @Test
    void keyboard_reaches_the_query_editor_and_run_button() {
        browser.size(1280, 900);
        open(pages.get("query page (YASGUI)"));
        boolean editor = false, run = false;
        browser.driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < 80 && !(editor && run); i++) {
            new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            String focused = (String) browser.driver.executeScript(
                    "const e = document.activeElement; return e.className + ' ' + (e.closest('.CodeMirror') ? 'in-editor' : '')");
            if (focused.contains("in-editor")) editor = true;
            if (focused.contains("yasqe_queryButton")) run = true;
        }
        assertTrue(editor, "Tab reaches the query editor");
        assertTrue(run, "Tab reaches the run button");
    }

    @Test
    void on_a_phone_the_editor_buttons_do_not_cover_the_query() {
        try {
            browser.size(390, 844);
            open(pages.get("query page (YASGUI)"));
            String panel = "[id='" + browser.driver.findElement(By.cssSelector(".yasgui .tabsList .tab.active a[role=tab]")).getAttribute("aria-controls") + "'] ";
            Number overlaps = (Number) browser.driver.executeScript(
                    "const b = document.querySelector(arguments[0] + '.yasqe_buttons').getBoundingClientRect();"
                    + "return [...document.querySelectorAll(arguments[0] + '.CodeMirror-line')].filter(l => {"
                    + "  const r = l.getBoundingClientRect(); return r.height > 0 && r.top < b.bottom && r.bottom > b.top"
                    + "    && [...l.querySelectorAll('span span')].some(s => { const t = s.getBoundingClientRect();"
                    + "         return t.right > b.left && t.left < b.right && t.top < b.bottom && t.bottom > b.top; }); }).length", panel);
            assertEquals(0, overlaps.intValue(), "lines of the query under the run and share buttons");
        } finally {
            browser.size(1280, 900);
        }
    }

    private void check(String mode, int width, int height, boolean dark) {
        browser.size(width, height);
        emulateDark(dark);
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder("axe-core " + mode + ":\n");
        try {
            pages.forEach((type, path) -> {
                open(path);
                record(type, path, violations(), report, blocking);
                if (path.equals("/sparql")) {
                    runActiveQuery();
                    record(type + " with results", path, violations(), report, blocking);
                }
            });
        } finally {
            emulateDark(false);
            browser.size(1280, 900);
        }
        System.out.println(report);
        assertEquals(List.of(), blocking, "critical or serious axe violations (" + mode + ")");
    }

    private static void record(String type, String path, List<Map<String, Object>> violations, StringBuilder report, List<String> blocking) {
        for (Map<String, Object> v : violations) {
            String line = type + " (" + path + "): " + v.get("impact") + " " + v.get("id") + " ×" + v.get("count") + " " + v.get("nodes");
            report.append("  ").append(line).append('\n');
            if (BLOCKING.contains(String.valueOf(v.get("impact")))) blocking.add(line);
        }
        if (violations.isEmpty()) report.append("  ").append(type).append(": none\n");
    }

    /** Runs the query of the active tab with its run button and waits for the results table. */
    private static void runActiveQuery() {
        String panel = "[id='" + browser.driver.findElement(By.cssSelector(".yasgui .tabsList .tab.active a[role=tab]")).getAttribute("aria-controls") + "'] ";
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(panel + ".yasqe_queryButton"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(panel + ".yasr table.dataTable tbody tr")));
    }

    private static void open(String path) {
        browser.open(origin + path);
        if (path.equals("/sparql")) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasgui .tabsList")));
            browser.wait.until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return !!document.querySelector('.yasgui .CodeMirror')")));
        }
    }

    private static void emulateDark(boolean dark) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations() {
        if (!Boolean.TRUE.equals(browser.driver.executeScript("return typeof window.axe === 'object'"))) browser.driver.executeScript(axe);
        Object result = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + "  count: v.nodes.length, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + n.failureSummary.split('\\n').slice(1).join(' ') + ')')})))).catch(e => done([{id: 'axe-error',"
                + "  impact: 'critical', count: 1, nodes: [String(e)]}]));");
        return (List<Map<String, Object>>) result;
    }
}
