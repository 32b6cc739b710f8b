package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two reports of one council that disagree on its date, seen in headless Chromium: the council page shows the
 * published date with the conflict next to it, and /validation lists the conflict and links to the council.
 */
class ConflictBrowserIT {
    private static final String COUNCIL = "/doc/id/council/european-union-japan/2";
    private static final SourceDocument LATER_REPORT = new SourceDocument("eu-japan-dpc2-later-brief",
            "Brussels. The second EU-Japan Digital Partnership Council took place in Brussels on 1 May 2024. "
                    + "The EU and Japan reviewed their cooperation on artificial intelligence and semiconductors.",
            "Later brief on the second EU-Japan Digital Partnership Council", null, LocalDate.of(2024, 5, 10), "en");

    private static BrowserSite site;
    private static Browser browser;
    private static String origin;

    @BeforeAll
    static void start() {
        DatasetGraph store = Stores.inMemory();
        List<SourceDocument> documents = new ArrayList<>(SeedFolder.read(Path.of("seeds")));
        documents.add(LATER_REPORT);
        Loader.create(IriMinter.standard(), Validator.standard()).load(documents, store);
        site = BrowserSite.start(store, IriMinter.DEFAULT_BASE, 1280, 900);
        origin = site.origin();
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void council_page_shows_the_conflict_next_to_the_date() {
        browser.open(origin + COUNCIL);
        WebElement conflict = browser.driver.findElement(By.cssSelector("dd.conflict"));
        String text = conflict.getText();
        assertTrue(text.contains("disagree on the date") && text.contains("2024-04-30") && text.contains("2024-05-01"), text);
        assertTrue(text.contains("most recent document"), "names the rule that chose: " + text);
        WebElement term = conflict.findElement(By.xpath("preceding-sibling::dt[1]"));
        assertEquals("date", term.getText().strip().toLowerCase(java.util.Locale.ROOT), "the conflict sits under the date");
        WebElement shown = conflict.findElement(By.xpath("following-sibling::dd[1]"));
        assertTrue(shown.getText().contains("1 May 2024"), "the published date is the chosen one: " + shown.getText());
    }

    @Test
    void validation_page_lists_the_conflict_and_links_to_the_council() {
        browser.open(origin + "/validation");
        WebElement row = browser.driver.findElement(By.cssSelector("table.conflicts tbody tr"));
        assertTrue(row.getText().contains("2nd EU–Japan Digital Partnership Council"), row.getText());
        row.findElement(By.tagName("a")).click();
        browser.waitLoaded();
        assertTrue(browser.driver.getCurrentUrl().endsWith(COUNCIL), browser.driver.getCurrentUrl());
        assertEquals(1, browser.driver.findElements(By.cssSelector("dd.conflict")).size());
    }
}
