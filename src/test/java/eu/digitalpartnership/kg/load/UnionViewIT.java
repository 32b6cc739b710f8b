package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published view of a TDB2 store answers like the view of an in-memory store, on TDB2's own query engine. */
class UnionViewIT {
    @TempDir static Path tmp;
    private static DatasetGraph memory, tdb;

    @BeforeAll
    static void load() {
        memory = LoadedCorpus.store();
        tdb = Stores.persistent(tmp.resolve("store"));
        Loader.create(IriMinter.standard(), Validator.standard()).load(LoadedCorpus.DOCUMENTS, tdb);
    }

    @AfterAll
    static void release() {
        Stores.release(tdb);
    }

    static Stream<Path> competencyQueries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("competencyQueries")
    void a_competency_query_has_the_same_answers_over_tdb2_as_in_memory(Path file) throws IOException {
        Query query = QueryFactory.create(Files.readString(file));
        List<String> inMemory = rows(Stores.publishedView(memory), query);
        assertFalse(inMemory.isEmpty(), "the corpus answers " + file);
        List<String> overTdb = rows(Stores.publishedView(tdb), query);
        assertEquals(inMemory.size(), overTdb.size(), "rows of " + file);
        assertTrue(inMemory.equals(overTdb), "same rows for " + file);
    }

    @Test
    void queries_on_a_tdb2_view_run_on_the_tdb2_engine() {
        DatasetGraph view = Stores.publishedView(tdb);
        Query query = QueryFactory.create("SELECT * { ?s a ?type }");
        String plan = Txn.calculateRead(view, () -> QueryEngineRegistry.findFactory(query, view, view.getContext())
                .create(query, view, BindingFactory.root(), view.getContext()).getOp().toString());
        assertTrue(plan.contains("quadpattern"), "TDB2 plans quad patterns, the general engine triple patterns: " + plan);
    }

    @Test
    void the_tdb2_view_is_read_only() {
        DatasetGraph view = Stores.publishedView(tdb);
        Quad quad = Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createURI("urn:x:o"));
        assertThrows(UnsupportedOperationException.class, () -> Txn.executeWrite(tdb, () -> view.add(quad)));
    }

    private static List<String> rows(DatasetGraph view, Query query) {
        return Txn.calculateRead(view, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(view).query(query).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> {
                    var row = new java.util.TreeMap<String, String>();
                    b.forEach((v, n) -> row.put(v.getVarName(), n.toString()));
                    rows.add(row.toString());
                });
            }
            Collections.sort(rows);
            return rows;
        });
    }
}
