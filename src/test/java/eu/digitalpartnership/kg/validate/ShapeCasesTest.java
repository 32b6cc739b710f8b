package eu.digitalpartnership.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Folder-of-cases tests of the standard shapes, in the manner of the W3C SHACL test suite and RDF4J's
 * {@code test-cases}: each folder of {@code src/test/resources/shape-cases/} holds {@code data.ttl} (one source
 * document graph) and {@code expected.ttl} (the expected {@code sh:ValidationReport}). Reports are compared as
 * graphs after {@link CaseReports#strip stripping} messages and values.
 * <p>
 * To write the expected files from the current shapes, run with {@code -DshapeCases.regenerate=true}, then
 * review the diff: a missing {@code expected.ttl} is never created otherwise.
 */
class ShapeCasesTest {

    /** System property that makes the case test write {@code expected.ttl} instead of comparing. */
    static final String REGENERATE = "shapeCases.regenerate";

    static final Path CASES = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/shape-cases");

    static Stream<Named<Path>> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted()
                       .map(dir -> Named.of(dir.getFileName().toString(), dir)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shape_case(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Graph data = RDFDataMgr.loadGraph(dir.resolve("data.ttl").toString());
        ValidationReport report = Validator.standard().validate(data);
        Graph actual = CaseReports.strip(report.getGraph());
        PrefixMapping pm = Prefixes.of(data);
        Path expectedFile = dir.resolve("expected.ttl");

        if (Boolean.getBoolean(REGENERATE)) {
            actual.getPrefixMapping().setNsPrefixes(pm);
            Files.writeString(expectedFile, CaseReports.toTurtle(actual, name), StandardCharsets.UTF_8);
            System.out.println("Regenerated " + expectedFile);
            return;
        }
        assertTrue(Files.exists(expectedFile),
                   () -> "No expected.ttl in " + dir + ": write it by hand, or run with -D" + REGENERATE + "=true and review it");
        Graph expected = CaseReports.strip(RDFDataMgr.loadGraph(expectedFile.toString()));
        if (expected.isIsomorphicWith(actual))
            return;
        List<String> want = CaseReports.describe(expected, pm);
        List<String> got = CaseReports.describe(actual, pm);
        assertEquals(CaseReports.joined(want), CaseReports.joined(got), "Report of case " + name);
        fail("Report of case " + name + " is not isomorphic to expected.ttl (same results, different structure)\n"
             + CaseReports.toTurtle(actual, name));
    }

    /** Every shape bites: it, or for a node shape one of its property shapes, is the source of a result in some case. */
    @Test
    void every_shape_is_broken_by_some_case() throws IOException {
        assumeFalse(Boolean.getBoolean(REGENERATE), "regenerating expected files");
        Set<Node> sources = new HashSet<>();
        for (Named<Path> c : cases().toList()) {
            Path expected = c.getPayload().resolve("expected.ttl");
            if (Files.exists(expected))
                sources.addAll(CaseReports.sourceShapes(RDFDataMgr.loadGraph(expected.toString())));
        }
        Graph shapesGraph = Validator.standard().shapesGraph();
        Set<String> neverBroken = new TreeSet<>();
        for (Node shape : namedShapes(shapesGraph)) {
            boolean bites = sources.contains(shape)
                    || G.listSP(shapesGraph, shape, SHACL.property).stream().anyMatch(sources::contains);
            if (!bites)
                neverBroken.add(shape.toString());
        }
        assertTrue(neverBroken.isEmpty(), () -> "Shapes with no non-conforming case: " + neverBroken);
    }

    /**
     * Every shape is exercised by a conforming case: a node shape has a focus node there, and a property shape
     * has a focus node with at least one value on its path (so the shape is not vacuously satisfied).
     */
    @Test
    void every_shape_is_exercised_by_some_conforming_case() throws IOException {
        assumeFalse(Boolean.getBoolean(REGENERATE), "regenerating expected files");
        Shapes shapes = Validator.standard().shapes();
        Graph shapesGraph = shapes.getGraph();
        List<Graph> conforming = new ArrayList<>();
        for (Named<Path> c : cases().toList()) {
            Path expected = c.getPayload().resolve("expected.ttl");
            if (Files.exists(expected) && CaseReports.conforms(RDFDataMgr.loadGraph(expected.toString())))
                conforming.add(RDFDataMgr.loadGraph(c.getPayload().resolve("data.ttl").toString()));
        }
        assertTrue(!conforming.isEmpty(), "No conforming case");

        Map<Node, Shape> parents = new LinkedHashMap<>();
        for (Shape s : shapes.getTargetShapes())
            s.getPropertyShapes().forEach(ps -> parents.put(ps.getShapeNode(), s));

        Set<String> unexercised = new TreeSet<>();
        for (Node node : namedShapes(shapesGraph)) {
            Shape shape = shapes.getShape(node);
            boolean exercised;
            if (shape instanceof PropertyShape ps && parents.containsKey(node)) {
                Shape parent = parents.get(node);
                exercised = conforming.stream().anyMatch(data -> VLib.focusNodes(data, parent).stream()
                        .anyMatch(focus -> !ShaclPaths.valueNodes(data, focus, ps.getPath()).isEmpty()));
            } else {
                exercised = conforming.stream().anyMatch(data -> !VLib.focusNodes(data, shape).isEmpty());
            }
            if (!exercised)
                unexercised.add(node.toString());
        }
        assertTrue(unexercised.isEmpty(), () -> "Shapes not exercised by any conforming case: " + unexercised);
    }

    /** The node shapes and property shapes of a shapes graph (the members of sh:or lists are not counted). */
    static Set<Node> namedShapes(Graph shapesGraph) {
        Set<Node> shapes = new HashSet<>();
        shapes.addAll(G.nodesOfTypeAsSet(shapesGraph, SHACL.NodeShape));
        shapes.addAll(G.nodesOfTypeAsSet(shapesGraph, SHACL.PropertyShape));
        G.find(shapesGraph, null, SHACL.property, null).forEach(t -> shapes.add(t.getObject()));
        return shapes;
    }

    /** The data graph of a case, for other tests. */
    static Graph caseData(String caseName) {
        return RDFDataMgr.loadGraph(CASES.resolve(caseName).resolve("data.ttl").toString());
    }
}
