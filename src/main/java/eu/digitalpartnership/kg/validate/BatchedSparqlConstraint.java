package eu.digitalpartnership.kg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL SELECT constraint of a node shape run once per data graph instead of once per focus node: the query gets
 * the focus nodes as a {@code VALUES ?this} table first in its WHERE group (equal to Jena's pre-binding of
 * {@code $this} for the queries {@link ThisJoin#joinable} accepts), and its solutions are grouped by {@code ?this}.
 * <p>
 * A focus node with no solution has no result, as with Jena. A focus node with one solution gets the result Jena
 * makes of it ({@code SparqlValidation.validateMap}): value {@code ?value} or the focus node, path {@code ?path},
 * the message template with each {@code {?var}} / {@code {$var}} of the solution replaced, source constraint the
 * shape node. A focus node with several solutions, or a solution holding a brace (where the order of Jena's
 * replacements could matter), is left to Jena's own per-focus-node evaluation, so that the results and their order
 * are always Jena's. The query sees the data graph as the default graph of a general dataset, as Jena's does.
 */
final class BatchedSparqlConstraint {
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[?$][^{}]+\\}");

    private final SparqlConstraint constraint;
    private final Query query;
    private final ElementGroup where;

    private BatchedSparqlConstraint(SparqlConstraint constraint) {
        this.constraint = constraint;
        this.query = constraint.getQuery();
        this.where = (ElementGroup) query.getQueryPattern();
    }

    /** The batched form of a constraint, or null when only Jena's per-focus-node evaluation is known to be right. */
    static BatchedSparqlConstraint of(SparqlConstraint constraint) {
        if (!ThisJoin.joinable(constraint.getQuery()) || !templateSafe(constraint.getMessage()))
            return null;
        return new BatchedSparqlConstraint(constraint);
    }

    /** The constraint as Jena parsed it. */
    SparqlConstraint constraint() {
        return constraint;
    }

    /** The solutions of the query for the given focus nodes, by focus node. */
    Solutions solve(Graph data, Collection<Node> focusNodes) {
        Solutions solutions = new Solutions(new HashMap<>(), new HashSet<>());
        if (focusNodes.isEmpty())
            return solutions;
        ElementData table = new ElementData();
        table.add(ThisJoin.THIS);
        focusNodes.forEach(n -> table.add(BindingFactory.binding(ThisJoin.THIS, n)));
        ElementGroup group = new ElementGroup();
        group.addElement(table);
        where.getElements().forEach(group::addElement);
        Query batch = QueryTransformOps.shallowCopy(query);
        batch.setQueryPattern(group);
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.createGeneral(data)).query(batch).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node focus = row.get(ThisJoin.THIS);
                if (solutions.single().putIfAbsent(focus, row) != null)
                    solutions.several().add(focus);
            }
        }
        return solutions;
    }

    /** Report the results of one focus node, as Jena would. */
    void validate(ValidationContext vCxt, Graph data, Shape shape, Node focus, Solutions solutions) {
        Binding row = solutions.single().get(focus);
        if (row == null)
            return;
        if (solutions.several().contains(focus) || hasBrace(row)) {
            constraint.validateNodeShape(vCxt, data, shape, focus);
            return;
        }
        Node value = row.get(VALUE);
        if (value == null)
            value = focus;
        String template = constraint.getMessage();
        String message = template == null
                ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                : substitute(template, row);
        Node pathNode = row.get(PATH);
        Path path = pathNode == null ? null : PathFactory.pathLink(pathNode);
        vCxt.reportEntry(message, shape, focus, path, value, constraint, shape.getShapeNode());
    }

    /** The solutions of a query: the first of each focus node, and the focus nodes that have more than one. */
    record Solutions(Map<Node, Binding> single, Set<Node> several) {}

    /** Jena's replacement of each variable of the solution in the template ({@code SparqlValidation.substitute}). */
    private static String substitute(String template, Binding row) {
        String x = template;
        for (Iterator<Var> vars = row.vars(); vars.hasNext();) {
            Var var = vars.next();
            Node node = row.get(var);
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(var.getVarName()) + "\\}", Matcher.quoteReplacement(text));
        }
        return x;
    }

    /** True if a value of the solution has a brace: Jena's replacements in turn could then depend on their order. */
    private static boolean hasBrace(Binding row) {
        List<Var> vars = new ArrayList<>();
        row.vars().forEachRemaining(vars::add);
        for (Var var : vars) {
            Node node = row.get(var);
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0)
                return true;
        }
        return false;
    }

    /** True if every brace of the template belongs to a {@code {?var}} placeholder, so replacements do not interact. */
    private static boolean templateSafe(String template) {
        if (template == null)
            return true;
        String rest = PLACEHOLDER.matcher(template).replaceAll("");
        return rest.indexOf('{') < 0 && rest.indexOf('}') < 0;
    }
}
