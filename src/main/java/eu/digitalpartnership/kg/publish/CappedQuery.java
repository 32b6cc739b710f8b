package eu.digitalpartnership.kg.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.modify.TemplateLib;

/**
 * SPARQL queries with a cap on result rows that is never silent and never cries wolf: a SELECT, CONSTRUCT or DESCRIBE
 * without a LIMIT at or below the cap runs with room for one row more than the cap; when that row exists the result is
 * cut to the cap and the response says so in {@code X-Result-Cap} and {@code Warning}, otherwise nothing is said.
 * Up to cap + 1 solutions of such a query are held in memory to tell.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** The header naming the cap of a result that was cut. */
    static final String CAP_HEADER = "X-Result-Cap";
    private static final String CAPPED = CappedQuery.class.getName() + ".capped";

    private final long cap;

    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (!capped(q)) return decided;
        Query probe = q.cloneQuery();
        probe.setLimit(cap + 1);
        action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        return Pair.create(decided.getLeft(), probe);
    }

    @Override protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (action.getRequest().getAttribute(CAPPED) == null) return super.executeQuery(action, exec, requestQuery, queryStringLog);
        if (requestQuery.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = firstRows(rows, action);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        Query solutions = exec.getQuery().cloneQuery();
        solutions.setQuerySelectType();
        solutions.setQueryResultStar(true);
        List<Binding> kept;
        try (QueryExec select = createQueryExec(action, solutions, exec.getDataset())) {
            kept = firstRows(select.select(), action);
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            TemplateLib.calcQuads(requestQuery.getConstructTemplate().getQuads(), kept.iterator()).forEachRemaining(out::add);
            out.prefixes().putAll(requestQuery.getPrologue().getPrefixMapping());
            return new QueryExecResult(out);
        }
        Query describe = exec.getQuery().cloneQuery();
        describe.setLimit(cap);
        try (QueryExec described = createQueryExec(action, describe, exec.getDataset())) {
            return new QueryExecResult(described.describe());
        }
    }

    /** True for a query whose solutions the cap may cut: not ASK, and without a LIMIT at or below the cap. */
    private boolean capped(Query q) {
        if (q.isAskType() || q.isJsonType() || q.hasLimit() && q.getLimit() <= cap) return false;
        return !q.isDescribeType() || q.getQueryPattern() != null;
    }

    /** The first {@link #cap} rows; when there were more, says so in the response headers. */
    private List<Binding> firstRows(RowSet rows, HttpAction action) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() <= cap) kept.add(rows.next());
        if (kept.size() > cap) {
            kept.remove(kept.size() - 1);
            action.getResponse().setHeader(CAP_HEADER, Long.toString(cap));
            action.getResponse().setHeader("Warning", "199 - \"results capped at " + cap + " rows; use LIMIT and OFFSET to page\"");
        }
        return kept;
    }
}
