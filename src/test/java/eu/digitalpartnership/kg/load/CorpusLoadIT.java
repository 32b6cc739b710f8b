package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Loading many articles: one IRI per real-world entity, councils linked across articles, incremental and idempotent loads. */
class CorpusLoadIT {
    private static final List<SourceDocument> CORPUS = LoadedCorpus.DOCUMENTS;
    private static final IriMinter IRIS = IriMinter.standard();
    private static final Loader LOADER = Loader.create(IRIS, Validator.standard());

    @Test
    void one_iri_per_person_partner_and_organisation_across_articles() {
        DatasetGraph store = LoadedCorpus.store();
        for (String type : List.of("Official", "Partner", "Organisation", "City", "Country", "Partnership")) {
            Map<Set<String>, Set<String>> iris = new HashMap<>();
            for (Map<String, String> row : select(store, "SELECT DISTINCT ?s ?label WHERE { ?s a dp:" + type + " ; rdfs:label ?label }"))
                iris.computeIfAbsent(tokens(row.get("label")), k -> new TreeSet<>()).add(row.get("s"));
            iris.forEach((name, set) -> assertEquals(1, set.size(), type + " " + name + " has several IRIs: " + set));
        }
        List<Map<String, String>> officials = select(store, "SELECT DISTINCT ?s WHERE { ?s a dp:Official ; rdfs:label ?l FILTER(CONTAINS(?l, 'Breton')) }");
        assertEquals(1, officials.size(), "Thierry Breton, named in several articles, is one person");
    }

    @Test
    void one_partnership_per_partner_pair_and_one_council_per_ordinal() {
        DatasetGraph store = LoadedCorpus.store();
        Map<Set<String>, Set<String>> byPair = new HashMap<>();
        for (Map<String, String> row : select(store, "SELECT ?ps (GROUP_CONCAT(?p) AS ?pair) WHERE { ?ps a dp:Partnership ; dp:partner ?p } GROUP BY ?ps"))
            byPair.computeIfAbsent(new TreeSet<>(Arrays.asList(row.get("pair").split(" "))), k -> new TreeSet<>()).add(row.get("ps"));
        assertFalse(byPair.isEmpty());
        byPair.forEach((pair, set) -> assertEquals(1, set.size(), "partnerships of " + pair + ": " + set));
        Map<String, Set<String>> councils = new HashMap<>();
        for (Map<String, String> row : select(store, "SELECT DISTINCT ?c ?p ?n WHERE { ?c a dp:Council ; dp:partnership ?p ; dp:ordinal ?n }"))
            councils.computeIfAbsent(row.get("p") + " #" + row.get("n"), k -> new TreeSet<>()).add(row.get("c"));
        councils.forEach((key, set) -> assertEquals(1, set.size(), "council " + key + ": " + set));
    }

    @Test
    void consecutive_councils_are_linked_even_from_different_articles() {
        SourceDocument seed = CORPUS.stream().filter(d -> d.id().equals("seed")).findFirst().orElseThrow();
        SourceDocument first = CORPUS.stream().filter(d -> d.id().equals("eu-japan-dpc1-joint-statement")).findFirst().orElseThrow();
        DatasetGraph store = Stores.inMemory();
        LOADER.load(List.of(first), store);
        LOADER.load(List.of(seed), store);
        String one = IRIS.mint("council", "pair", "european-union-japan", "number", "1");
        String two = IRIS.mint("council", "pair", "european-union-japan", "number", "2");
        assertTrue(ask(store, "ASK { <" + two + "> dp:follows <" + one + "> . <" + one + "> dp:precedes <" + two + "> }"));
    }

    @Test
    void loading_twice_changes_nothing_and_a_changed_document_replaces_only_its_graph() {
        DatasetGraph store = LoadedCorpus.copy();
        Set<Quad> once = quads(store);
        LOADER.load(CORPUS, store);
        assertEquals(once, quads(store), "idempotent");

        SourceDocument changed = CORPUS.get(0);
        SourceDocument edited = new SourceDocument(changed.id(), changed.text() + "\nThe EU and Japan also discussed quantum technology.",
                changed.title(), changed.source(), changed.published(), changed.language());
        LOADER.load(List.of(edited), store);
        Node editedGraph = NodeFactory.createURI(IRIS.mint("graph", "doc", changed.id()));
        Set<Quad> after = quads(store);
        assertEquals(otherDocuments(once, editedGraph), otherDocuments(after, editedGraph), "other document graphs untouched");
        assertFalse(once.equals(after), "the edited document's graph changed");
    }

    @Test
    void documents_extracted_several_at_a_time_give_the_same_store_as_one_at_a_time() {
        DatasetGraph sequential = Stores.inMemory();
        Loader.create(IRIS, Validator.standard()).parallelism(1).load(CORPUS, sequential);
        assertEquals(quads(sequential), quads(LoadedCorpus.store()), "one at a time, and four at a time (LoadedCorpus)");
    }

    @Test
    void a_sync_keeps_unchanged_documents_and_extracts_again_only_those_whose_text_or_metadata_changed() {
        assertEquals(0, LoadedCorpus.sync().unchanged(), "an empty store has nothing to keep");
        DatasetGraph store = LoadedCorpus.copy();
        Set<Quad> once = quads(store);

        Loader.LoadResult again = LOADER.sync(CORPUS, store);
        assertEquals(CORPUS.size(), again.unchanged(), "nothing changed, nothing extracted");
        assertEquals(0, again.triples(), "nothing written");
        assertEquals(once, quads(store));

        SourceDocument text = CORPUS.get(0), meta = CORPUS.get(1);
        List<SourceDocument> edited = new ArrayList<>(CORPUS);
        edited.set(0, new SourceDocument(text.id(), text.text() + "\nThe partners also discussed quantum technology.",
                text.title(), text.source(), text.published(), text.language()));
        edited.set(1, new SourceDocument(meta.id(), meta.text(), "A new title", meta.source(), meta.published(), meta.language()));
        Loader.LoadResult third = LOADER.sync(edited, store);
        assertEquals(CORPUS.size() - 2, third.unchanged());
        long entities = select(store, "SELECT DISTINCT ?s WHERE { ?s a ?c }").size();
        long named = select(store, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?c } FILTER(?g IN (<"
                + IRIS.mint("graph", "doc", text.id()) + ">, <" + IRIS.mint("graph", "doc", meta.id()) + ">)) }").size();
        long rewritten = third.published().rewritten();
        assertTrue(rewritten > 0 && rewritten <= 2 * named && rewritten < entities / 2,
                "a sync of two documents rewrites what they name and what depends on it: " + rewritten + " rewritten, "
                        + named + " named by the two, " + entities + " in all");
        assertFalse(third.documents().get(0).unchanged(), "changed text is extracted again");
        assertFalse(third.documents().get(1).unchanged(), "changed metadata is extracted again");
        Node title = NodeFactory.createLiteralLang("A new title", meta.language());
        assertTrue(Txn.calculateRead(store, () -> store.contains(Node.ANY, Node.ANY, Node.ANY, title)), "the new title is stored");
    }

    @Test
    void sync_removes_a_dropped_document_and_the_entities_only_it_named() {
        DatasetGraph store = LoadedCorpus.copy();
        Set<Quad> all = quads(store);
        SourceDocument dropped = CORPUS.stream().filter(d -> d.id().equals("pib-india-eu-ttc-wg1")).findFirst().orElseThrow();
        List<SourceDocument> rest = new ArrayList<>(CORPUS);
        rest.remove(dropped);
        LOADER.sync(rest, store);
        Node droppedGraph = NodeFactory.createURI(IRIS.mint("graph", "doc", dropped.id()));
        assertFalse(Txn.calculateRead(store, () -> store.containsGraph(droppedGraph)));
        assertFalse(ask(store, "ASK { ?p a dp:Partner ; rdfs:label \"India\"@en }"), "India was named only in the dropped article");
        LOADER.sync(CORPUS, store);
        assertEquals(all, quads(store), "syncing back gives the same store");
    }

    @Test
    void a_person_whose_post_changes_keeps_both_posts_each_dated_by_its_document() {
        SourceDocument earlier = new SourceDocument("earlier", "The EU and Japan held the first Digital Partnership Council in Tokyo on "
                + "3 July 2023. It was co-chaired by Thierry Breton, Commissioner for Internal Market, and KONO Taro, Minister for "
                + "Digital Transformation of Japan.", null, null, java.time.LocalDate.of(2023, 7, 3), "en");
        SourceDocument later = new SourceDocument("later", "The EU and Japan held the third Digital Partnership Council in Tokyo on "
                + "12 May 2025. It was co-chaired by Henna Virkkunen, Executive Vice-President for Tech Sovereignty, and Taro Kono, "
                + "Minister for Foreign Affairs of Japan.", null, null, java.time.LocalDate.of(2025, 5, 12), "en");
        DatasetGraph store = Stores.inMemory();
        LOADER.load(List.of(earlier, later), store);
        String kono = IRIS.mint("person", "name", "kono-taro");
        List<Map<String, String>> posts = select(store, """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?title ?issued WHERE {
                  <%s> dp:holds ?post . ?post rdfs:label ?title .
                  ?st rdf:subject <%s> ; rdf:predicate dp:holds ; rdf:object ?post .
                  GRAPH ?g { ?e oa:hasBody ?st ; prov:wasDerivedFrom ?doc . ?doc dcterms:issued ?issued } } ORDER BY ?issued""".formatted(kono, kono));
        assertEquals(2, posts.size(), "one person, two posts: " + posts);
        assertEquals("Minister for Digital Transformation of Japan", posts.get(0).get("title"));
        assertEquals("2023-07-03", posts.get(0).get("issued"));
        assertEquals("Minister for Foreign Affairs of Japan", posts.get(1).get("title"));
        assertEquals("2025-05-12", posts.get(1).get("issued"));
    }

    /** The quads of the document graphs other than the given one. */
    private static Set<Quad> otherDocuments(Set<Quad> quads, Node graph) {
        String documents = IRIS.namespace("graph");
        return quads.stream().filter(q -> q.getGraph().isURI() && q.getGraph().getURI().startsWith(documents) && !q.getGraph().equals(graph))
                .collect(Collectors.toSet());
    }

    private static Set<String> tokens(String label) {
        return Arrays.stream(label.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty() && !Set.of("the", "of", "and", "for").contains(t)).collect(Collectors.toSet());
    }


    private static List<Map<String, String>> select(DatasetGraph store, String query) {
        return Rows.select(store, query);
    }

    private static boolean ask(DatasetGraph store, String query) {
        return Rows.ask(store, query);
    }

    private static Set<Quad> quads(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<Quad> all = new HashSet<>();
            store.find().forEachRemaining(all::add);
            return all;
        });
    }
}
