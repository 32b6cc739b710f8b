package eu.digitalpartnership.kg.validate;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * Validates a source document graph against the SHACL shapes of the project.
 * The shapes are parsed once, when the validator is made, and reused for every validation.
 * <pre>
 *   Validator validator = Validator.standard();           // shapes/*.ttl listed in shapes/profile.txt
 *   Validator core = Validator.core();                    // the SHACL Core files alone, shapes/core-profile.txt
 *   ValidationOutcome outcome = validator.assess(graph);  // violations and warnings, never throws
 *   System.out.print(ReportPrinter.print(outcome.report(), graph));
 *
 *   validator.check(graph);                                // throws InvalidDataException on any sh:Violation
 * </pre>
 * Jena's {@link ValidationReport#conforms()} is false on warnings too; use {@link ValidationOutcome#passes()}
 * to ask "no violations". The caller runs validation inside a read transaction when the graph is transactional.
 */
public final class Validator {

    /** Classpath resource listing the shapes files of the standard profile, one per line. */
    public static final String PROFILE = "shapes/profile.txt";

    /** Classpath resource listing the files of the core profile: SHACL Core alone, for any SHACL engine. */
    public static final String CORE_PROFILE = "shapes/core-profile.txt";

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final BatchedValidation batched;

    private Validator(Graph shapesGraph) {
        this.shapesGraph = new GraphReadOnly(shapesGraph);
        this.shapes = Shapes.parse(shapesGraph);
        this.batched = new BatchedValidation(shapes);
    }

    /** The shapes files that make up the standard profile, in order (file names under {@code shapes/}). */
    public static java.util.List<String> profileFiles() {
        return ShapesProfile.files(PROFILE);
    }

    /** The shapes files of the core profile, in order: a part of the standard profile that needs no SPARQL. */
    public static java.util.List<String> coreProfileFiles() {
        return ShapesProfile.files(CORE_PROFILE);
    }

    /** A validator for the core profile ({@value #CORE_PROFILE}) alone, parsed now. */
    public static Validator core() {
        return new Validator(ShapesProfile.load(CORE_PROFILE));
    }

    /** The validator for the shapes files of the standard profile ({@value #PROFILE}), parsed once. */
    public static Validator standard() {
        return Standard.INSTANCE;
    }

    /** A validator for the given shapes graph, parsed now (later changes to the graph are not seen). */
    public static Validator of(Graph shapesGraph) {
        return new Validator(requireNonNull(shapesGraph, "shapesGraph"));
    }

    /**
     * Produce the full SHACL validation report of a data graph: Jena's report, with each SPARQL constraint that
     * allows it run once for all its focus nodes ({@link BatchedValidation}) rather than once per focus node.
     */
    public ValidationReport validate(Graph data) {
        requireNonNull(data, "data");
        return batched.validate(data);
    }

    /** The SHACL validation report of one node of a data graph: the results of the shapes that target it. */
    public ValidationReport validate(Graph data, Node focus) {
        requireNonNull(data, "data");
        return ShaclValidator.get().validate(shapes, data, requireNonNull(focus, "focus"));
    }

    /** The SHACL validation report of some nodes of a data graph: the results of the shapes that target each. */
    public ValidationReport validate(Graph data, java.util.Collection<Node> focusNodes) {
        requireNonNull(data, "data");
        ValidationReport.Builder report = ValidationReport.create();
        for (Node focus : focusNodes)
            ShaclValidator.get().validate(shapes, data, focus).getEntries().forEach(report::addReportEntry);
        return report.build();
    }

    /** Validate a data graph and split the results by severity. */
    public ValidationOutcome assess(Graph data) {
        return new ValidationOutcome(validate(data));
    }

    /** Validate a data graph; throw {@link InvalidDataException} if there is any violation, else return the outcome. */
    public ValidationOutcome check(Graph data) {
        ValidationOutcome outcome = assess(data);
        if (!outcome.passes())
            throw new InvalidDataException(outcome);
        return outcome;
    }

    /** The shapes graph (read-only). */
    public Graph shapesGraph() {
        return shapesGraph;
    }

    /** The parsed shapes. */
    public Shapes shapes() {
        return shapes;
    }

    /** Lazy holder: the standard shapes are read and parsed on first use only. */
    private static final class Standard {
        static final Validator INSTANCE = new Validator(ShapesProfile.load(PROFILE));
    }
}
