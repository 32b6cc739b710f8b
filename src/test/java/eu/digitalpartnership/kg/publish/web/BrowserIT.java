package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The HTML pages and the SPARQL query page in a real headless Chromium (Debian's chromium and chromium-driver):
 * what a person sees and clicks, on the seed data. Fails, never skips, when the browser is not installed.
 */
class BrowserIT {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final String COUNCIL = "/doc/id/council/european-union-japan/2";
    private static final String PERSON = "/doc/id/person/kono-taro";
    private static final Set<String> OFFICIALS = Set.of("Thierry Breton", "Taro Kono", "Takeaki Matsumoto", "Taku Ishii");
    private static final int WIDE = 1280;
    private static final int TALL = 900;

    private static DatasetGraph store;
    private static BrowserSite site;
    private static Browser browser;
    private static String origin;

    @BeforeAll
    static void start() {
        store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        site = BrowserSite.start(store, BASE, WIDE, TALL);
        origin = site.origin();
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void query_page_runs_officials_and_shows_four_rows() {
        browser.size(WIDE, TALL);
        List<WebElement> rows = runOfficials();
        assertEquals(4, rows.size(), "data rows of officials.rq");
        assertEquals(OFFICIALS, names(rows));
    }

    @Test
    void council_page_shows_label_evidence_and_backlinks() {
        browser.size(WIDE, TALL);
        browser.open(origin + COUNCIL);
        String label = Txn.calculateRead(store, () -> store.getUnionGraph()
                .find(NodeFactory.createURI(BASE + "id/council/european-union-japan/2"), RDFS.label.asNode(), null)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).next());
        assertEquals(label, browser.driver.findElement(By.tagName("h1")).getText());
        WebElement sources = browser.driver.findElement(By.cssSelector("details.sources summary"));
        assertTrue(sources.getText().matches("\\d+ sources?"), "the evidence is folded under its count: " + sources.getText());
        assertFalse(browser.driver.findElement(By.cssSelector("blockquote.evidence mark")).isDisplayed(), "folded until asked for");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", sources);
        sources.click();
        WebElement quote = browser.driver.findElement(By.cssSelector("blockquote.evidence mark"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", quote);
        assertTrue(quote.isDisplayed(), "the first evidence quote is visible");
        assertFalse(quote.getText().isBlank(), "the quote has text");
        String background = quote.getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.equals("transparent"), "the quote is highlighted: " + background);
        WebElement incoming = browser.driver.findElement(By.id("incoming-h"));
        assertEquals("Linked from", incoming.getText());
        WebElement section = incoming.findElement(By.xpath("./ancestor::section[1]"));
        assertFalse(section.findElements(By.cssSelector("ul.incoming a[href]")).isEmpty(), "the Linked from section lists linking resources");
    }

    @Test
    void person_page_links_to_its_source_document() {
        browser.size(WIDE, TALL);
        WebElement link = firstSourceLink(PERSON);
        String href = link.getAttribute("href");
        assertTrue(href.startsWith(origin + "/doc/id/document/") && href.contains("#ev-"), href);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        browser.wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        browser.wait.until(ExpectedConditions.urlToBe(href));
        browser.waitLoaded();
        String page = href.substring(0, href.indexOf('#'));
        assertEquals(200, browser.status(page), "status of " + page);
        String iri = browser.driver.findElement(By.cssSelector("p.iri code")).getText();
        assertEquals(BASE + page.substring((origin + "/doc/").length()), iri, "the document page is about the document");
        assertTrue(browser.driver.findElement(By.tagName("h1")).isDisplayed());
        assertEquals(List.of(), browser.severeConsole(), "console errors");
    }

    @Test
    void council_page_shows_date_place_partners_and_participants_within_the_first_1000_px() {
        try {
            browser.size(WIDE, 800);
            browser.open(origin + COUNCIL);
            for (String property : List.of("dp:date", "dp:heldIn", "dp:partnership", "dp:participant")) {
                WebElement term = browser.driver.findElement(By.cssSelector("dt[data-property='" + property + "']"));
                WebElement value = term.findElement(By.xpath("following-sibling::dd[1]"));
                Number bottom = (Number) browser.driver.executeScript(
                        "return arguments[0].getBoundingClientRect().bottom + window.scrollY", value);
                assertTrue(bottom.doubleValue() <= 1000, property + " ends at " + bottom + " px");
                assertFalse(value.getText().isBlank(), property + " has a value");
            }
            String partners = browser.driver.findElement(By.cssSelector("dt[data-property='dp:partnership'] ~ dd .detail")).getText();
            assertTrue(partners.contains("European Union") && partners.contains("Japan"), "the partners: " + partners);
            String line = browser.driver.findElement(By.cssSelector("header.entity .one-line")).getText();
            assertEquals("2nd EU–Japan Digital Partnership Council, Brussels, 30 April 2024", line);
        } finally {
            browser.size(WIDE, TALL);
        }
    }

    @Test
    void following_a_fact_to_its_source_document_lands_on_the_highlighted_span() {
        browser.size(WIDE, TALL);
        WebElement link = firstSourceLink(PERSON);
        String quote = link.findElement(By.xpath("ancestor::blockquote[1]//mark")).getText();
        String href = link.getAttribute("href");
        browser.wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        browser.wait.until(ExpectedConditions.urlToBe(href));
        browser.waitLoaded();
        String id = href.substring(href.indexOf('#') + 1);
        WebElement span = browser.driver.findElement(By.id(id));
        assertEquals("mark", span.getTagName());
        assertEquals(quote, span.getText(), "the span is the quote of the fact");
        Boolean inView = (Boolean) browser.driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0", span);
        assertTrue(inView, "the span is in the viewport");
        assertEquals(span, browser.driver.executeScript("return document.querySelector(':target')"), "the span is the target");
        String background = span.getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.equals("transparent"), "the span is highlighted: " + background);
    }

    @Test
    void home_page_links_work() {
        browser.size(WIDE, TALL);
        browser.open(origin + "/");
        browser.severeConsole();
        for (String path : List.of("/sparql", "/ontology", "/shapes", "/.well-known/void")) {
            browser.open(origin + "/");
            WebElement link = browser.driver.findElement(By.cssSelector("main a[href='" + path + "']"));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            browser.wait.until(ExpectedConditions.elementToBeClickable(link)).click();
            browser.wait.until(ExpectedConditions.urlToBe(origin + path));
            browser.waitLoaded();
            assertEquals(200, browser.status(origin + path), "status of " + path);
            WebElement h1 = browser.driver.findElement(By.tagName("h1"));
            assertFalse(h1.getText().isBlank(), "a heading on " + path);
            assertFalse(browser.driver.getTitle().isBlank(), "a title on " + path);
            if (path.equals("/sparql")) browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasgui .tabsList")));
            assertEquals(List.of(), browser.severeConsole(), "console errors on " + path);
        }
    }

    @Test
    void pages_load_nothing_from_the_internet() {
        browser.size(WIDE, TALL);
        int before = browser.requests().size();
        for (String path : List.of("/", COUNCIL, PERSON, "/doc/id/document/eu-japan-dpc-2024-04-30", "/ontology", "/shapes",
                "/.well-known/void", "/doc/topic/scheme", "/validate")) {
            browser.open(origin + path);
        }
        runOfficials();
        List<Browser.Request> requests = browser.requests();
        requests = requests.subList(before, requests.size());
        assertTrue(requests.size() > 10, "requests recorded: " + requests);
        List<String> elsewhere = requests.stream().map(Browser.Request::url)
                .filter(u -> !u.startsWith(origin + "/") && !u.startsWith("data:")).distinct().toList();
        assertEquals(List.of(), elsewhere, "requests to other hosts");
        Set<String> hosts = requests.stream().map(Browser.Request::url).filter(u -> u.startsWith("http"))
                .map(u -> URI.create(u).getHost()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("127.0.0.1"), hosts);
        assertTrue(requests.stream().anyMatch(r -> r.url().equals(origin + "/sparql") && r.type().equals("Fetch")),
                "the query itself was recorded");
        System.out.println("BrowserIT: " + requests.size() + " requests recorded, all to " + hosts + " or data: URLs");
    }

    @Test
    void narrow_screen_has_no_horizontal_scroll() {
        try {
            browser.size(390, 844);
            for (String path : List.of("/", COUNCIL, "/sparql")) {
                browser.open(origin + path);
                if (path.equals("/sparql")) browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasgui .tabsList")));
                Number scroll = (Number) browser.driver.executeScript("return document.scrollingElement.scrollWidth");
                Number inner = (Number) browser.driver.executeScript("return window.innerWidth");
                assertEquals(390, inner.intValue(), "window width");
                assertTrue(scroll.intValue() <= inner.intValue(), path + " scrolls sideways: scrollWidth " + scroll + " > " + inner);
            }
        } finally {
            browser.size(WIDE, TALL);
        }
    }

    @Test
    void screenshots_of_council_and_query_pages_are_written() throws Exception {
        Path folder = Path.of(BrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots");
        Files.createDirectories(folder);
        browser.size(WIDE, TALL);
        browser.open(origin + COUNCIL);
        Path council = Files.write(folder.resolve("council-page.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        String span = browser.driver.findElement(By.xpath("//blockquote[@class='evidence']//footer//a[text()='source document']")).getAttribute("href");
        browser.open(span);
        Path document = Files.write(folder.resolve("document-span.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        List<WebElement> rows = runOfficials();
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'end'})",
                rows.get(rows.size() - 1).findElement(By.xpath("./ancestor::div[contains(@class,'yasr_results')]")));
        browser.driver.executeScript("window.scrollBy(0, 16)");
        Path query = Files.write(folder.resolve("query-page.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        for (Path png : List.of(council, document, query)) {
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', png + " is a PNG");
        }
    }

    /** Opens a page, unfolds the sources of its first fact, and returns the first "source document" link. */
    private static WebElement firstSourceLink(String path) {
        browser.open(origin + path);
        WebElement sources = browser.driver.findElement(By.cssSelector("details.sources summary"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", sources);
        sources.click();
        return browser.driver.findElement(By.xpath("//blockquote[@class='evidence']//footer//a[text()='source document']"));
    }

    /** Opens the query page, checks officials.rq is the active tab, runs it with the run button, and returns the result rows. */
    private static List<WebElement> runOfficials() {
        browser.open(origin + "/sparql");
        WebElement tab = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasgui .tabsList .tab.active a[role=tab]")));
        assertEquals("officials.rq", tab.findElement(By.tagName("span")).getText(), "the active tab");
        String panel = "[id='" + tab.getAttribute("aria-controls") + "'] ";
        WebElement run = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(panel + ".yasqe_queryButton")));
        run.click();
        browser.wait.until(ExpectedConditions.textMatches(By.cssSelector(panel + ".yasr_response_chip"), java.util.regex.Pattern.compile("\\d+ results?")));
        return browser.wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(panel + ".yasr table.dataTable tbody tr")));
    }

    /** The text of the first column after the row number. */
    private static Set<String> names(List<WebElement> rows) {
        return rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText().strip()).collect(Collectors.toSet());
    }
}
