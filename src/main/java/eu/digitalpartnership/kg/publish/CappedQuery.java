package eu.digitalpartnership.kg.publish;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SPARQL queries with a cap on result rows that is never silent: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT
 * at or below the cap runs with LIMIT cap, and the response says so in {@code X-Result-Cap} and {@code Warning}.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || q.hasLimit() && q.getLimit() <= cap) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.getResponse().setHeader("X-Result-Cap", Long.toString(cap));
        action.getResponse().setHeader("Warning", "199 - \"results capped at " + cap + " rows; use LIMIT and OFFSET to page\"");
        return Pair.create(decided.getLeft(), capped);
    }
}
