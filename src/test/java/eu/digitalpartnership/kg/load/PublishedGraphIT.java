package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The published graph of the development corpus, as a user queries it: it conforms to the shapes, gives one row per
 * council and per person and post, never gives two entities of one class the same label, keeps things of different
 * partnerships apart, and comes out the same whether loaded at once or built up by syncs.
 */
class PublishedGraphIT {
    private static final IriMinter IRIS = IriMinter.standard();
    private static final Loader LOADER = Loader.create(IRIS, Validator.standard());

    @Test
    void the_published_graph_of_the_corpus_conforms_to_the_shapes() {
        DatasetGraph store = LoadedCorpus.store();
        ValidationOutcome outcome = Txn.calculateRead(store, () -> Validator.standard().assess(store.getDefaultGraph()));
        assertEquals(List.of(), outcome.violations(), "violations in the published graph");
    }

    /** Every development set: the corpus and the batches (folders {@code batchN}), never the held-out sets. */
    private static final List<String> DEVELOPMENT = developmentSets();

    private static List<String> developmentSets() {
        try (var folders = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources"))) {
            return folders.map(f -> f.getFileName().toString()).filter(n -> n.equals("corpus") || n.matches("batch\\d+")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void all_development_articles_load_together_and_their_published_graph_conforms() {
        assertTrue(DEVELOPMENT.size() > 1 && DEVELOPMENT.contains("corpus"), "development sets found: " + DEVELOPMENT);
        List<SourceDocument> all = DEVELOPMENT.stream()
                .flatMap(set -> eu.digitalpartnership.kg.evaluate.GoldCorpus.read(java.nio.file.Path.of("src/test/resources", set)).stream())
                .map(eu.digitalpartnership.kg.evaluate.GoldCorpus.Case::document).toList();
        DatasetGraph store = Stores.inMemory();
        LOADER.parallelism(4).sync(all, store);
        ValidationOutcome outcome = Txn.calculateRead(store, () -> Validator.standard().assess(store.getDefaultGraph()));
        assertEquals(List.of(), outcome.violations(), "violations in the published graph of " + all.size() + " articles");
        List<Map<String, String>> rows = select(store, query("councils"));
        assertEquals(rows.size(), rows.stream().map(r -> r.get("name")).distinct().count(), "one row per council: " + rows);
    }

    @Test
    void councils_query_gives_one_row_per_council() {
        DatasetGraph store = LoadedCorpus.store();
        List<Map<String, String>> rows = select(store, query("councils"));
        long councils = select(store, "SELECT DISTINCT ?c WHERE { ?c a dp:Council ; dp:meetingStatus dp:Held }").size();
        assertEquals(councils, rows.size(), "one row per held council: " + rows);
        assertEquals(rows.size(), rows.stream().map(r -> r.get("name")).distinct().count(), "council names are distinct");
    }

    @Test
    void officials_query_gives_one_row_per_person_and_post() {
        DatasetGraph store = LoadedCorpus.store();
        List<Map<String, String>> rows = select(store, query("officials"));
        long pairs = select(store, "SELECT DISTINCT ?o ?post WHERE { ?o a dp:Official . OPTIONAL { ?o dp:holds ?post } }").size();
        assertEquals(pairs, rows.size(), "one row per person and post");
        Map<String, Long> byPerson = rows.stream().collect(Collectors.groupingBy(r -> r.get("name") + "|" + r.get("role"), Collectors.counting()));
        byPerson.forEach((k, n) -> assertEquals(1L, n, "one row for " + k));
    }

    @Test
    void councils_and_officials_on_the_published_graph_count_as_the_gold_files_do() {
        DatasetGraph store = LoadedCorpus.store();
        Set<String> councils = new TreeSet<>(), people = new TreeSet<>(), posts = new TreeSet<>();
        for (var c : eu.digitalpartnership.kg.evaluate.GoldCorpus.read(java.nio.file.Path.of("src/test/resources/corpus"))) {
            var gold = c.gold();
            String partners = new TreeSet<>(gold.get("partners").getAsArray().stream().map(v -> v.getAsString().value()).toList()).toString();
            gold.get("councils").getAsArray().forEach(k -> councils.add(partners + " #" + k.getAsObject().get("ordinal")));
            gold.get("officials").getAsArray().forEach(o -> {
                String person = new TreeSet<>(List.of(o.getAsObject().get("name").getAsString().value().toLowerCase(java.util.Locale.ROOT)
                        .split("[^\\p{L}]+"))).toString();
                people.add(person);
                posts.add(person + " | " + o.getAsObject().get("role").getAsString().value().toLowerCase(java.util.Locale.ROOT));
            });
        }
        List<Map<String, String>> councilRows = select(store, query("councils"));
        List<Map<String, String>> officialRows = select(store, query("officials"));
        assertEquals(councils.size(), councilRows.size(), "one row per council the gold files name: " + councils + "\n" + councilRows);
        assertEquals(posts.size(), officialRows.size(), "one row per person and post the gold files name");
        assertEquals(people.size(), officialRows.stream().map(r -> r.get("name")).distinct().count(), "one name per person");
    }

    @Test
    void a_person_written_both_ways_is_one_official_with_one_label_and_the_other_as_alias() {
        DatasetGraph store = LoadedCorpus.store();
        String kono = IRIS.mint("person", "name", "kono-taro");
        List<Map<String, String>> labels = select(store, "SELECT ?l WHERE { <" + kono + "> rdfs:label ?l }");
        assertEquals(List.of(Map.of("l", "Taro Kono")), labels, "the form that does not shout");
        assertTrue(ask(store, "ASK { <" + kono + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"KONO Taro\"@en }"));
    }

    @Test
    void no_two_published_entities_of_one_class_share_a_preferred_label() {
        DatasetGraph store = LoadedCorpus.store();
        Map<String, Set<String>> byClassAndLabel = new TreeMap<>();
        for (Map<String, String> r : select(store, "SELECT ?s ?c ?l WHERE { ?s a ?c ; rdfs:label ?l }"))
            byClassAndLabel.computeIfAbsent(r.get("c") + " | " + r.get("l"), k -> new TreeSet<>()).add(r.get("s"));
        Map<String, Set<String>> shared = byClassAndLabel.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), shared);
        assertEquals(0, select(store, "SELECT ?s WHERE { ?s rdfs:label ?a, ?b FILTER(?a != ?b) }").size(), "one preferred label each");
    }

    @Test
    void no_entity_draws_its_facts_from_unrelated_partnerships_unless_shared_by_nature() {
        DatasetGraph store = LoadedCorpus.store();
        Map<String, Set<String>> pairs = new HashMap<>();
        for (Map<String, String> r : select(store, """
                SELECT DISTINCT ?s ?doc WHERE {
                  VALUES ?c { dp:Council dp:Memorandum dp:Initiative dp:Partnership }
                  ?s a ?c . ?st rdf:subject ?s ; prov:wasDerivedFrom? ?source .
                  GRAPH ?g { ?e oa:hasBody ?source ; prov:wasDerivedFrom ?doc } }"""))
            pairs.computeIfAbsent(r.get("s"), k -> new TreeSet<>()).add(partnershipOf(store, r.get("doc")));
        Set<String> named = sharedByName(store);
        List<String> spanning = pairs.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !named.contains(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        assertEquals(List.of(), spanning);
    }

    @Test
    void conflicting_dates_are_resolved_and_recorded_as_quality_annotations() {
        DatasetGraph store = LoadedCorpus.store();
        List<Map<String, String>> conflicts = select(store, """
                SELECT ?s ?p ?chosen ?rule ?text WHERE { ?s <http://www.w3.org/ns/dqv#hasQualityAnnotation> ?c .
                  ?c a dp:ValueConflict ; dp:conflictProperty ?p ; dp:chosenValue ?chosen ; dp:resolvedBy ?rule ; oa:bodyValue ?text }""");
        assertFalse(conflicts.isEmpty(), "the corpus has documents that disagree");
        for (Map<String, String> c : conflicts)
            assertTrue(ask(store, "ASK { <" + c.get("s") + "> <" + c.get("p") + "> ?v FILTER(STR(?v) = \"" + c.get("chosen") + "\" || ?v = <" + c.get("chosen") + ">) }"),
                    "the chosen value is the published one: " + c);
    }

    @Test
    void an_incremental_sync_publishes_what_a_fresh_load_publishes() {
        List<SourceDocument> all = LoadedCorpus.DOCUMENTS;
        DatasetGraph built = Stores.inMemory();
        LOADER.sync(all.subList(0, 7), built);
        LOADER.sync(all, built);
        assertEquals(quads(LoadedCorpus.store()), quads(built), "7 documents, then all 22");
        List<SourceDocument> fewer = new ArrayList<>(all);
        fewer.removeIf(d -> d.id().startsWith("eu-japan") || d.id().startsWith("msit"));
        LOADER.sync(fewer, built);
        DatasetGraph fresh = Stores.inMemory();
        LOADER.sync(fewer, fresh);
        assertEquals(quads(fresh), quads(built), "then all but the Japanese and MSIT articles");
    }

    @Test
    void a_conflict_no_rule_can_resolve_refuses_the_whole_load_and_leaves_the_store_as_it_was() {
        String text = "The EU and Singapore held the fifth Digital Partnership Council in Singapore on %s.";
        SourceDocument a = new SourceDocument("report-a", text.formatted("17 November 2026"), null, null, LocalDate.of(2026, 11, 20), "en");
        SourceDocument b = new SourceDocument("report-b", text.formatted("18 November 2026"), null, null, LocalDate.of(2026, 11, 20), "en");
        DatasetGraph store = LoadedCorpus.copy();
        Set<Quad> before = quads(store);
        PublishRejectedException e = assertThrows(PublishRejectedException.class, () -> LOADER.load(List.of(a, b), store));
        assertEquals(1, e.unresolved().size(), e.report());
        assertTrue(e.report().contains("report-a") && e.report().contains("report-b") && e.report().contains("2026-11-17")
                && e.report().contains("2026-11-18"), "names the documents and the values: " + e.report());
        assertEquals(before, quads(store), "the store is as it was");
    }

    private static String partnershipOf(DatasetGraph store, String document) {
        List<Map<String, String>> rows = select(store, "SELECT ?p WHERE { GRAPH ?g { <" + document + "> a dp:SourceDocument . ?p a dp:Partnership } }");
        return rows.isEmpty() ? "none" : rows.get(0).get("p");
    }

    /** Entities whose IRI no document or partnership scopes: named legislation, programmes and other initiatives. */
    private static Set<String> sharedByName(DatasetGraph store) {
        Set<String> out = new HashSet<>();
        String global = IRIS.namespace("initiative");
        for (Map<String, String> r : select(store, "SELECT ?s WHERE { ?s a dp:Initiative }"))
            if (r.get("s").startsWith(global) && r.get("s").substring(global.length()).indexOf('/') < 0) out.add(r.get("s"));
        return out;
    }

    private static String query(String name) {
        try (var in = PublishedGraphIT.class.getResourceAsStream("/queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> select(DatasetGraph store, String query) {
        return Rows.select(store, query);
    }

    private static boolean ask(DatasetGraph store, String query) {
        return Rows.ask(store, query);
    }

    @Test
    void a_sync_of_edited_documents_publishes_what_a_fresh_load_publishes() {
        List<SourceDocument> all = LoadedCorpus.DOCUMENTS;
        DatasetGraph built = Stores.inMemory();
        LOADER.sync(all, built);
        List<SourceDocument> edited = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SourceDocument d = all.get(i);
            String text = switch (i % 3) {
                case 0 -> "Editor's note: this text was corrected after publication.\n\n" + d.text();
                case 1 -> d.text() + "\n\nThe European Union and Japan also discussed semiconductors and quantum technologies.\n";
                default -> d.text() + "\n\n" + d.text().strip().split("\n\n")[0] + "\n";
            };
            edited.add(new SourceDocument(d.id(), text, d.title(), d.source(), d.published(), d.language()));
        }
        LOADER.sync(edited, built);
        DatasetGraph fresh = Stores.inMemory();
        LOADER.sync(edited, fresh);
        assertEquals(quads(fresh), quads(built), "documents with their evidence moved, with a new sentence, with their first paragraph repeated");
    }

    private static Set<Quad> quads(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<Quad> all = new HashSet<>();
            store.find().forEachRemaining(all::add);
            return all;
        });
    }
}
