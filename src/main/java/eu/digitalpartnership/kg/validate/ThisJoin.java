package eu.digitalpartnership.kg.validate;

import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Decides whether a SPARQL constraint's SELECT gives, for every focus node, the same solutions when {@code $this}
 * is joined with a table of focus nodes (a {@code VALUES ?this} block put first in its WHERE group) as when Jena
 * pre-binds {@code $this} (substitutes the focus node into the whole algebra).
 * <p>
 * The two agree where every use of {@code ?this} sees it bound: triple patterns anywhere (a join on {@code ?this}
 * is the substitution), and expressions (FILTER, BIND, EXISTS) of the top-level group only, which are evaluated on
 * solutions that already bind it. Rejected, so that Jena runs them per focus node: expressions naming {@code ?this}
 * or holding EXISTS inside OPTIONAL, UNION or a nested group (evaluated before the join); MINUS (it needs a shared
 * variable, and a constant is not one); sub-queries, VALUES, SERVICE, GRAPH, LATERAL and any other element;
 * solution modifiers that act across focus nodes (GROUP BY, aggregates, HAVING, ORDER BY, LIMIT, OFFSET, REDUCED);
 * FROM clauses; a projection without {@code ?this} (solutions could not be told apart); and the other variables
 * Jena pre-binds ({@code $currentShape}, {@code $shapesGraph}, {@code $PATH}).
 */
final class ThisJoin {
    private ThisJoin() {}

    static final Var THIS = Var.alloc("this");
    private static final Set<Var> OTHER_PREBOUND = Set.of(Var.alloc("currentShape"), Var.alloc("shapesGraph"), Var.alloc("PATH"));

    /** True if joining {@code ?this} with the focus nodes gives the solutions that pre-binding gives. */
    static boolean joinable(Query query) {
        if (!query.isSelectType() || query.hasGroupBy() || query.hasAggregators() || query.hasHaving()
                || query.hasOrderBy() || query.hasLimit() || query.hasOffset() || query.isReduced()
                || query.hasValues() || query.hasDatasetDescription())
            return false;
        if (!query.getProjectVars().contains(THIS) || query.getProject().getExprs().containsKey(THIS))
            return false;
        if (!query.getProject().getExprs().values().stream().allMatch(e -> expressionOk(e, false)))
            return false;
        return query.getQueryPattern() instanceof ElementGroup group && groupOk(group, false);
    }

    /** The elements of a group; those of the WHERE group and of a top-level EXISTS see ?this bound. */
    private static boolean groupOk(ElementGroup group, boolean nested) {
        return group.getElements().stream().allMatch(e -> elementOk(e, nested));
    }

    private static boolean elementOk(Element element, boolean nested) {
        if (element instanceof ElementGroup group)
            return groupOk(group, true);
        if (element instanceof ElementPathBlock block)
            return block.getPattern().getList().stream().noneMatch(ThisJoin::namesOtherPrebound);
        if (element instanceof ElementTriplesBlock block)
            return block.getPattern().getList().stream().noneMatch(t -> namesOtherPrebound(new TriplePath(t)));
        if (element instanceof ElementFilter filter)
            return expressionOk(filter.getExpr(), nested);
        if (element instanceof ElementBind bind)
            return !THIS.equals(bind.getVar()) && !OTHER_PREBOUND.contains(bind.getVar()) && expressionOk(bind.getExpr(), nested);
        if (element instanceof ElementOptional optional)
            return elementOk(optional.getOptionalElement(), true);
        if (element instanceof ElementUnion union)
            return union.getElements().stream().allMatch(e -> elementOk(e, true));
        return false;
    }

    /** An expression is fine at the top level if its EXISTS patterns are; nested, it must not see ?this or EXISTS. */
    private static boolean expressionOk(Expr expr, boolean nested) {
        Set<Var> vars = ExprVars.getVarsMentioned(expr);
        if (vars.stream().anyMatch(OTHER_PREBOUND::contains) || nested && vars.contains(THIS))
            return false;
        boolean[] ok = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (nested || !(op.getElement() instanceof ElementGroup group) || !groupOk(group, false))
                    ok[0] = false;
            }
        });
        return ok[0];
    }

    private static boolean namesOtherPrebound(TriplePath t) {
        return OTHER_PREBOUND.contains(t.getSubject()) || OTHER_PREBOUND.contains(t.getObject())
                || t.isTriple() && OTHER_PREBOUND.contains(t.getPredicate());
    }
}
