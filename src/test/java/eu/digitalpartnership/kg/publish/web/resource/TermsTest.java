package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.digitalpartnership.kg.model.DP;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void a_property_read_backwards_takes_the_label_of_its_declared_inverse() {
        assertEquals(Terms.label(DP.NS + "follows"), Terms.inverseLabel(DP.NS + "precedes"));
        assertEquals(Terms.label(DP.NS + "precedes"), Terms.inverseLabel(DP.NS + "follows"));
    }

    @Test
    void a_property_without_an_inverse_reads_is_label_of() {
        assertEquals("is " + Terms.label(DP.NS + "chair") + " of", Terms.inverseLabel(DP.NS + "chair"));
    }
}
