package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In headless Chromium over the seed: the header's search box and its suggestions, and the home page's questions running on open. */
class SearchAndQuestionsBrowserIT {
    private static final int WIDE = 1280;
    private static final int TALL = 800;

    private static BrowserSite site;
    private static Browser browser;
    private static String origin;

    @BeforeAll
    static void start() {
        DatasetGraph store = SeededSite.seedStore();
        site = BrowserSite.start(store, IriMinter.DEFAULT_BASE, WIDE, TALL);
        origin = site.origin();
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void home_question_link_runs_its_query_on_open_with_csv_visible() {
        browser.size(WIDE, TALL);
        browser.open(origin + "/");
        WebElement card = browser.driver.findElement(By.xpath("//ul[contains(@class,'first-questions')]/li[.//code[text()='participants.rq']]"));
        WebElement open = card.findElement(By.linkText("Open and run"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", open);
        browser.wait.until(ExpectedConditions.elementToBeClickable(open)).click();
        browser.wait.until(ExpectedConditions.urlContains("run=1"));
        WebElement tab = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasgui .tabsList .tab.active a[role=tab]")));
        String panel = "[id='" + tab.getAttribute("aria-controls") + "'] ";
        // nobody presses run: the results appear by themselves
        browser.wait.until(ExpectedConditions.textMatches(By.cssSelector(panel + ".yasr_response_chip"), Pattern.compile("\\d+ results?")));
        List<WebElement> rows = browser.wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(panel + ".yasr table.dataTable tbody tr")));
        assertEquals(4, rows.size(), "participants of the seed's council");
        WebElement csv = browser.driver.findElement(By.partialLinkText("as CSV"));
        assertTrue(csv.isDisplayed(), "the CSV download is visible");
        assertTrue(csv.getAttribute("href").contains("format=csv"), csv.getAttribute("href"));
        assertEquals(List.of(), browser.severeConsole(), "console errors");
    }

    @Test
    void search_box_in_the_header_finds_a_person_and_suggests_as_one_types() {
        browser.size(WIDE, TALL);
        browser.open(origin + "/doc/id/council/european-union-japan/2");
        WebElement box = browser.driver.findElement(By.cssSelector("header.site form[role=search] input[name=q]"));
        box.sendKeys("Matsu");
        browser.wait.until(d -> !d.findElements(By.cssSelector("#site-search-suggestions option[value='Takeaki Matsumoto']")).isEmpty());
        box.sendKeys("moto", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("/search?q=Matsumoto"));
        WebElement first = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.hits li a")));
        assertEquals("Takeaki Matsumoto", first.getText());
        assertEquals(origin + "/doc/id/person/matsumoto-takeaki", first.getAttribute("href"));
        assertEquals(List.of(), browser.severeConsole(), "console errors");
    }
}
