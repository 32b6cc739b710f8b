package eu.digitalpartnership.kg.publish.web.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** The SELECT queries kept as files under {@code web/queries/}, run over a dataset view in a read transaction. */
public final class QueryFiles {
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private QueryFiles() {}

    /** Query {@code web/queries/NAME.rq}, parsed once. */
    public static Query query(String name) {
        return QUERIES.computeIfAbsent(name, n -> QueryFactory.create(Classpath.text("/web/queries/" + n + ".rq")));
    }

    /** The rows of query {@code web/queries/NAME.rq}, with the given variables bound beforehand. */
    public static List<Binding> select(DatasetGraph view, String name, Map<String, Node> bindings) {
        Query query = query(name);
        return Txn.calculateRead(view, () -> {
            QueryExecBuilder qe = QueryExec.dataset(view).query(query);
            bindings.forEach(qe::substitution);
            try (QueryExec exec = qe.build()) {
                return exec.select().stream().toList();
            }
        });
    }

    /** The integer value of a variable in a row, 0 when unbound. */
    public static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null || !n.isLiteral() ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    /** The lexical form of a variable in a row, null when unbound. */
    public static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
