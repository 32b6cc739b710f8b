package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/**
 * Councils held in cities outside the hand-made list take their city, and its GeoNames IRI, from the GeoNames
 * gazetteer ({@code lexicon/cities.tsv}); the expected ids are read from that file, not written here.
 */
class PlacesTest {
    private static final Extractor EXTRACTOR = Extractor.create(IriMinter.standard());
    private static final String DP = "https://w3id.org/dpkg/ontology#";

    @Test
    void a_council_in_a_city_outside_the_hand_list_gets_the_city_and_its_geonames_iri() throws IOException {
        Resource place = councilPlace("The EU and Canada held the third Digital Partnership Council in Halifax on 3 March 2026.");
        assertEquals("Halifax", place.getProperty(RDFS.label).getString());
        assertTrue(sameAs(place).contains(geonames("Halifax", "CA")), sameAs(place).toString());
    }

    @Test
    void the_country_after_a_comma_chooses_among_cities_of_one_name() throws IOException {
        Resource place = councilPlace("The EU and Japan held the fifth Digital Partnership Council in London, Canada, on 2 June 2026.");
        assertTrue(sameAs(place).contains(geonames("London", "CA")), sameAs(place).toString());
    }

    @Test
    void an_unaccented_name_finds_the_accented_city_and_a_region_after_it_is_no_place() throws IOException {
        Resource place = councilPlace("The EU and Canada held the first Digital Partnership Council in Montreal, Quebec, on 3 May 2025.");
        assertTrue(sameAs(place).contains(geonames("Montréal", "CA")), sameAs(place).toString());
    }

    @Test
    void a_city_is_published_with_its_accents_however_the_text_spells_it() {
        for (String spelling : List.of("Montreal", "Montréal"))
            assertEquals("Montréal", councilPlace("The EU and Canada held the third Digital Partnership Council in " + spelling
                    + " on 22 April 2027.").getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
    }

    private static Resource councilPlace(String text) {
        Model m = ModelFactory.createModelForGraph(EXTRACTOR.extract(SourceDocument.of("places", text)));
        List<RDFNode> places = m.listObjectsOfProperty(m.createProperty(DP + "heldIn")).toList();
        assertEquals(1, places.size(), "one place: " + places);
        return places.get(0).asResource();
    }

    private static Set<String> sameAs(Resource r) {
        return r.listProperties(SchemaDO.sameAs).mapWith(s -> s.getObject().toString()).toSet();
    }

    /** The GeoNames IRI of the city of that name and country in the shipped gazetteer. */
    private static String geonames(String name, String country) throws IOException {
        List<String> ids = Files.readAllLines(Path.of("src/main/resources/lexicon/cities.tsv")).stream()
                .map(l -> l.split("\t")).filter(r -> r.length > 3 && r[1].equals(name) && r[3].equals(country))
                .map(r -> r[0]).collect(Collectors.toList());
        assertEquals(1, ids.size(), name + ", " + country + " in cities.tsv");
        return "https://sws.geonames.org/" + ids.get(0) + "/";
    }
}
