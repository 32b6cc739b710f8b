package eu.digitalpartnership.kg.validate;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.EvalSparql;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.G;

/**
 * The focus nodes of a shape, as {@link VLib#focusNodes(Graph, Shape)} finds them, with the query of each SPARQL-based
 * target ({@code sh:target [ sh:select ... ]}) parsed once: Jena's {@code TargetOps.focusTargetExt} parses it again
 * for every data graph. The query is run as Jena runs it; other targets are left to Jena.
 */
final class SelectTargets {
    private final Map<Target, Query> queries = new IdentityHashMap<>();

    /** The SPARQL-based targets of the target shapes, their queries parsed now. */
    SelectTargets(Shapes shapes) {
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() != TargetType.targetExtension
                        || !G.hasOneSP(target.getShapesGraph(), target.getObject(), SHACL.select))
                    continue;
                Query query = ShLib.extractSPARQLQuery(target.getShapesGraph(), target.getObject());
                if (!query.isSelectType())
                    continue;
                query.ensureResultVars();  // done now: the query is shared by threads
                queries.put(target, query);
            }
        }
    }

    /** The focus nodes of a shape in a data graph: the union of those of its targets, in a hash set as Jena's. */
    Collection<Node> focusNodes(Graph data, Shape shape) {
        Collection<Node> acc = new HashSet<>();
        for (Target target : shape.getTargets()) {
            Query query = queries.get(target);
            if (query == null) {
                acc.addAll(VLib.focusNodes(data, target));
                continue;
            }
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetGraphFactory.wrap(data))) {
                acc.addAll(EvalSparql.evalSparqlOneVar(exec));
            }
        }
        return acc;
    }
}
