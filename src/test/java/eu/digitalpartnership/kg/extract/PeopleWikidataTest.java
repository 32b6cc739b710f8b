package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/**
 * Officials link to Wikidata through {@code lexicon/people.tsv}: every row a well-formed QID with the check that
 * confirmed it beside it; an official of the seed listed there gets its item, one not listed gets none. The expected
 * QIDs are read from the lexicon, not written here, and Wikidata is never called.
 */
class PeopleWikidataTest {
    private static final Path PEOPLE = Path.of("src/main/resources/lexicon/people.tsv");

    @Test
    void every_listed_person_has_a_qid_and_the_check_that_confirmed_it() throws IOException {
        Map<String, String[]> rows = rows();
        assertFalse(rows.isEmpty());
        rows.forEach((label, r) -> {
            assertTrue(r[1].matches("Q[1-9][0-9]*"), label + ": " + r[1]);
            assertTrue(r.length > 2 && r[2].strip().length() > 20, label + " records where its QID was verified");
        });
        assertEquals(rows.size(), rows.values().stream().map(r -> Slugs.nameSlug(r[0])).distinct().count(), "one row a person");
    }

    @Test
    void seed_officials_link_to_wikidata_only_when_listed() throws IOException {
        String text = Files.readString(Path.of("seeds/eu-japan-dpc-2024-04-30.txt"));
        Model m = ModelFactory.createModelForGraph(Extractor.create(IriMinter.standard()).extract(SourceDocument.of("seed", text)));
        Map<String, String> listed = new TreeMap<>();
        rows().forEach((label, r) -> listed.put(Slugs.nameSlug(label), "http://www.wikidata.org/entity/" + r[1]));
        int linked = 0;
        for (String name : List.of("Taro Kono", "Takeaki Matsumoto", "Taku Ishii", "Thierry Breton")) {
            String slug = Slugs.nameSlug(name);
            Set<String> sameAs = m.createResource(IriMinter.standard().mint("person", "name", slug)).listProperties(SchemaDO.sameAs)
                    .mapWith(s -> s.getObject().toString()).toSet();
            if (listed.containsKey(slug)) {
                assertEquals(Set.of(listed.get(slug)), sameAs, name);
                linked++;
            } else {
                assertEquals(Set.of(), sameAs, name + " has no verified QID");
            }
        }
        assertTrue(linked >= 2, "Taro Kono and Takeaki Matsumoto are listed");
    }

    @Test
    void every_listed_person_named_in_the_development_corpus_gets_its_qid() throws IOException {
        Extractor extractor = Extractor.create(IriMinter.standard());
        List<Path> inputs;
        try (var cases = Files.list(Path.of("src/test/resources/corpus"))) {
            inputs = cases.map(c -> c.resolve("input.txt")).filter(Files::exists).sorted().toList();
        }
        int checked = 0;
        for (var row : rows().entrySet()) {
            String slug = Slugs.nameSlug(row.getKey());
            for (Path input : inputs) {
                String text = Files.readString(input);
                if (!text.contains(row.getKey())) continue;
                Model m = ModelFactory.createModelForGraph(extractor.extract(SourceDocument.of("corpus", text)));
                Set<String> sameAs = m.createResource(IriMinter.standard().mint("person", "name", slug)).listProperties(SchemaDO.sameAs)
                        .mapWith(s -> s.getObject().toString()).toSet();
                if (sameAs.isEmpty()) continue;   // named, but not as an official in this article
                assertEquals(Set.of("http://www.wikidata.org/entity/" + row.getValue()[1]), sameAs, row.getKey() + " in " + input);
                checked++;
                break;
            }
        }
        assertEquals(rows().size(), checked, "every listed person is found as an official of some article of the corpus");
    }

    private static Map<String, String[]> rows() throws IOException {
        Map<String, String[]> out = new TreeMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(PEOPLE)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] r = line.split("\t");
            out.put(r[0], r);
        }
        return out;
    }
}
