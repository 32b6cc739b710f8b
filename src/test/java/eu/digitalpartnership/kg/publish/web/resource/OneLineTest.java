package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.digitalpartnership.kg.model.DP;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OneLineTest {
    private static final String ID = "https://w3id.org/dpkg/id/";
    private final Graph g = GraphFactory.createDefaultGraph();

    private Node named(String path, String label) {
        Node n = NodeFactory.createURI(ID + path);
        g.add(Triple.create(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en")));
        return n;
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private String line(Node self) {
        return OneLine.of(g, self, n -> g.find(n, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse(null));
    }

    @Test
    void council_is_label_place_and_date() {
        Node council = named("council/eu-japan/2", "2nd EU–Japan Digital Partnership Council");
        add(council, RDF.type.asNode(), DP.Council.asNode());
        add(council, DP.heldIn.asNode(), named("place/brussels", "Brussels"));
        add(council, DP.date.asNode(), NodeFactory.createLiteralDT("2024-04-30", XSDDatatype.XSDdate));
        assertEquals("2nd EU–Japan Digital Partnership Council, Brussels, 30 April 2024", line(council));
    }

    @Test
    void council_without_place_keeps_partial_date() {
        Node council = named("council/eu-korea/3", "3rd EU–Korea Digital Partnership Council");
        add(council, RDF.type.asNode(), DP.Council.asNode());
        add(council, DP.date.asNode(), NodeFactory.createLiteralDT("2025-11", XSDDatatype.XSDgYearMonth));
        assertEquals("3rd EU–Korea Digital Partnership Council, November 2025", line(council));
    }

    @Test
    void official_is_posts_and_partner() {
        Node person = named("person/kono-taro", "Taro Kono");
        add(person, RDF.type.asNode(), DP.Official.asNode());
        add(person, DP.holds.asNode(), named("post/japan/minister-for-digital-transformation", "Minister for Digital Transformation"));
        add(person, DP.holds.asNode(), named("post/japan/digital-minister", "Digital Minister"));
        add(person, DP.represents.asNode(), named("partner/japan", "Japan"));
        add(person, DP.holds.asNode(), named("post/japan/minister-of-state", "Minister of State"));
        assertEquals("Minister for Digital Transformation and Minister of State, Japan", line(person), "a title whose words stand in another is left out");
    }

    @Test
    void official_shows_the_widest_of_titles_that_say_the_same() {
        Node person = named("person/thierry-breton", "Thierry Breton");
        add(person, RDF.type.asNode(), DP.Official.asNode());
        for (String title : new String[] {"Commissioner for the Internal Market", "European commissioner", "Internal Market Commissioner",
                "European Commissioner for the Internal Market", "Commissioner for the Internal Market of the European Commission"})
            add(person, DP.holds.asNode(), named("post/eu/" + title.toLowerCase().replace(' ', '-'), title));
        assertEquals("Commissioner for the Internal Market of the European Commission", line(person));
    }

    @Test
    void memorandum_is_kind_parties_date_and_status() {
        Node memo = named("memorandum/x", "Memorandum of Cooperation on digital identities");
        add(memo, RDF.type.asNode(), DP.Memorandum.asNode());
        add(memo, DP.instrumentType.asNode(), named("kind", "Memorandum of Cooperation"));
        add(memo, DP.party.asNode(), named("partner/japan", "Japan"));
        add(memo, DP.party.asNode(), named("partner/european-union", "European Union"));
        add(memo, DP.signedOn.asNode(), NodeFactory.createLiteralDT("2024-04-30", XSDDatatype.XSDdate));
        add(memo, DP.instrumentStatus.asNode(), named("signed", "signed"));
        assertEquals("Memorandum of Cooperation between European Union and Japan, 30 April 2024, signed", line(memo));
    }

    @Test
    void partnership_is_partners_and_launch() {
        Node p = named("partnership/eu-japan", "EU–Japan Digital Partnership");
        add(p, RDF.type.asNode(), DP.Partnership.asNode());
        add(p, DP.partner.asNode(), named("partner/japan", "Japan"));
        add(p, DP.partner.asNode(), named("partner/european-union", "European Union"));
        add(p, DP.launchedOn.asNode(), NodeFactory.createLiteralDT("2022-05-12", XSDDatatype.XSDdate));
        assertEquals("European Union and Japan, launched 12 May 2022", line(p));
    }

    @Test
    void other_classes_and_empty_facts_have_none() {
        Node place = named("place/brussels", "Brussels");
        add(place, RDF.type.asNode(), DP.City.asNode());
        assertNull(line(place));
        Node official = named("person/nobody", "Nobody");
        add(official, RDF.type.asNode(), DP.Official.asNode());
        assertNull(line(official));
    }
}
