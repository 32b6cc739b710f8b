package eu.digitalpartnership.kg.validate;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * Whole-graph SHACL validation that runs each SPARQL constraint of a node shape once per data graph
 * ({@link BatchedSparqlConstraint}) instead of once per focus node, with the report of
 * {@code ShaclValidator.get().validate(shapes, data)}: the same results in the same order.
 * <p>
 * It walks the shapes as Jena's {@code ValidationProc.plainValidation} does: target shapes in order, the focus nodes
 * of each as {@link VLib#focusNodes} finds them ({@link SelectTargets}), then {@code VLib.validateShape} of each.
 * Shapes without a batched constraint are left to {@link VLib#validateShape} whole; for the others, each constraint
 * in turn is either batched or evaluated by Jena ({@link VLib#evalConstraint}), then the property shapes as Jena's
 * {@code VLib.validationPropertyShape} does. Validation listeners get no events (the project registers none).
 */
final class BatchedValidation {
    private final Shapes shapes;
    private final SelectTargets targets;
    private final Map<Shape, Map<Constraint, BatchedSparqlConstraint>> batched = new IdentityHashMap<>();

    /** Validation with the given shapes, batching every SPARQL constraint of a node shape that allows it. */
    BatchedValidation(Shapes shapes) {
        this.shapes = shapes;
        this.targets = new SelectTargets(shapes);
        for (Shape shape : shapes.getTargetShapes()) {
            if (!(shape instanceof NodeShape))
                continue;
            Map<Constraint, BatchedSparqlConstraint> of = new IdentityHashMap<>();
            for (Constraint c : shape.getConstraints()) {
                BatchedSparqlConstraint b = c instanceof SparqlConstraint sc ? BatchedSparqlConstraint.of(sc) : null;
                if (b != null)
                    of.put(c, b);
            }
            if (!of.isEmpty())
                batched.put(shape, of);
        }
    }

    /** The number of SPARQL constraints run once per data graph. */
    int batchedCount() {
        return batched.values().stream().mapToInt(Map::size).sum();
    }

    /** The full validation report of a data graph. */
    ValidationReport validate(Graph data) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            Collection<Node> focusNodes = targets.focusNodes(data, shape);
            Map<Constraint, BatchedSparqlConstraint> of = batched.get(shape);
            if (of == null || shape.deactivated()) {
                focusNodes.forEach(focus -> VLib.validateShape(vCxt, data, shape, focus));
                continue;
            }
            Map<Constraint, BatchedSparqlConstraint.Solutions> solutions = new IdentityHashMap<>();
            of.forEach((c, b) -> solutions.put(c, b.solve(data, focusNodes)));
            for (Node focus : focusNodes)
                validateNodeShape(vCxt, data, shape, focus, solutions);
        }
        return vCxt.generateReport();
    }

    private void validateNodeShape(ValidationContext vCxt, Graph data, Shape shape, Node focus,
                                   Map<Constraint, BatchedSparqlConstraint.Solutions> solutions) {
        Map<Constraint, BatchedSparqlConstraint> of = batched.get(shape);
        for (Constraint c : shape.getConstraints()) {
            BatchedSparqlConstraint b = of.get(c);
            if (b == null)
                VLib.evalConstraint(vCxt, data, shape, focus, null, null, c);
            else
                b.validate(vCxt, data, shape, focus, solutions.get(c));
        }
        validatePropertyShapes(vCxt, data, shape.getPropertyShapes(), focus);
    }

    /** Jena's {@code VLib.validationPropertyShapes}, which is not public. */
    private static void validatePropertyShapes(ValidationContext vCxt, Graph data, Collection<PropertyShape> shapes, Node focus) {
        if (shapes == null)
            return;
        for (PropertyShape shape : shapes) {
            if (shape.deactivated())
                continue;
            Set<Node> values = ShaclPaths.valueNodes(data, focus, shape.getPath());
            for (Constraint c : shape.getConstraints())
                VLib.evalConstraint(vCxt, data, shape, focus, shape.getPath(), values, c);
            values.forEach(value -> validatePropertyShapes(vCxt, data, shape.getPropertyShapes(), value));
        }
    }

}
