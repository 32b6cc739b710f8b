package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.digitalpartnership.kg.model.DP;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFactsTest {
    @Test
    void council_key_facts_start_with_date_place_partnership_and_participants() {
        List<String> keys = KeyFacts.STANDARD.of(Set.of(DP.Council.getURI()));
        assertEquals(List.of(DP.date.getURI(), DP.heldIn.getURI(), DP.partnership.getURI(), DP.chair.getURI(), DP.participant.getURI()),
                keys.subList(0, 5));
    }

    @Test
    void official_key_facts_name_the_councils_as_inverse_properties() {
        List<String> keys = KeyFacts.STANDARD.of(Set.of(DP.Official.getURI()));
        assertEquals(List.of(DP.holds.getURI(), DP.represents.getURI(), "^" + DP.chair.getURI(), "^" + DP.participant.getURI()), keys);
    }

    @Test
    void classes_follow_file_order_without_repeating_a_property() {
        KeyFacts facts = KeyFacts.parse("# comment\n\ndp:Council\tdp:date dp:heldIn\ndp:Meeting\tdp:heldIn dp:endDate\n");
        assertEquals(List.of(DP.date.getURI(), DP.heldIn.getURI(), DP.endDate.getURI()),
                facts.of(Set.of(DP.Meeting.getURI(), DP.Council.getURI())));
    }

    @Test
    void a_class_not_listed_has_no_key_facts() {
        assertEquals(List.of(), KeyFacts.parse("dp:Council\tdp:date\n").of(Set.of(DP.Partner.getURI())));
    }

    @Test
    void unknown_prefix_or_missing_tab_is_an_error() {
        assertThrows(IllegalArgumentException.class, () -> KeyFacts.parse("dp:Council\tnope:date\n"));
        assertThrows(IllegalArgumentException.class, () -> KeyFacts.parse("dp:Council dp:date\n"));
    }
}
