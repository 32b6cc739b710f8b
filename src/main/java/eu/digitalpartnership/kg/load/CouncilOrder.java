package eu.digitalpartnership.kg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;

/** Links consecutive council meetings of a partnership across documents, with {@code derive/council-order.rq}. */
final class CouncilOrder {
    private static final Query QUERY = QueryFactory.create(resource("/derive/council-order.rq"));

    private CouncilOrder() {}

    /** The dp:follows / dp:precedes links implied by the ordinals in the data. */
    static Graph derive(Graph data) {
        return QueryExec.graph(data).query(QUERY).construct();
    }

    private static String resource(String path) {
        try (InputStream in = CouncilOrder.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
