package eu.digitalpartnership.kg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Test helper: SPARQL over a store's published view, with the usual prefixes; rows as lexical forms and IRIs. */
final class Rows {
    private static final String PREFIXES = "PREFIX dp: <https://w3id.org/dpkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> ";

    private Rows() {}

    /** The rows of a SELECT query. */
    static List<Map<String, String>> select(DatasetGraph store, String query) {
        return Txn.calculateRead(store, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = execution(store, query)) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    /** The answer of an ASK query. */
    static boolean ask(DatasetGraph store, String query) {
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = execution(store, query)) {
                return qe.execAsk();
            }
        });
    }

    private static QueryExecution execution(DatasetGraph store, String query) {
        return QueryExecution.create().query(PREFIXES + query).dataset(DatasetFactory.wrap(Stores.publishedView(store))).build();
    }
}
