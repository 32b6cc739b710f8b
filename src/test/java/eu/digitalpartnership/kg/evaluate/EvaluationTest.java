package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import java.time.LocalDate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Extractor EXTRACTOR = Extractor.create(IriMinter.standard());
    private static final String TEXT = "Singapore and the EU held the second Digital Partnership Council in Brussels on 1 December 2025. "
            + "The third meeting of the Council will be held in Singapore.";

    private static Score nextMeeting(String year) {
        JsonObject gold = JSON.parse("{\"partners\": [\"European Union\", \"Singapore\"], "
                + "\"next_meeting\": {\"place\": \"Singapore\", \"country\": \"Singapore\", \"year\": " + year + "}}");
        SourceDocument doc = new SourceDocument("next", TEXT, null, null, LocalDate.of(2025, 12, 5), "en");
        return Evaluation.score("next", PublishedArticle.of(EXTRACTOR, doc), gold).get("next_meeting");
    }

    @Test
    void next_meeting_with_a_null_year_matches_on_place_alone() {
        assertEquals(1, nextMeeting("null").matched());
    }

    @Test
    void next_meeting_with_a_year_needs_that_year() {
        assertEquals(0, nextMeeting("2026").matched());
    }
}
