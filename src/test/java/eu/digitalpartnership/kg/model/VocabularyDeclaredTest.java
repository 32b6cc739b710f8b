package eu.digitalpartnership.kg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every term used by DP.java, the ontology files, the shapes and the queries is declared and documented. */
class VocabularyDeclaredTest {

    private static final Path ONTOLOGY_FILE = Path.of("ontology", "dp.ttl");
    private static final Path TOPICS_FILE = Path.of("ontology", "topics.ttl");
    private static final Path SHAPES_DIR = Path.of("shapes");
    private static final Path QUERIES_DIR = Path.of("queries");
    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** Namespaces in which every used IRI must be declared; http://schema.org/ is never declared, so it always fails. */
    private static final List<String> STRICT = List.of(
            DP.NS, Ontology.TOPIC_NS, "https://schema.org/", "http://schema.org/",
            "http://www.w3.org/ns/org#", "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/prov#",
            SKOS.getURI(), "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/",
            "http://xmlns.com/foaf/0.1/", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "http://purl.org/vocab/vann/");

    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    static {
        TOPICS.put("artificial-intelligence", "artificial intelligence");
        TOPICS.put("5g", "5G");
        TOPICS.put("6g", "6G");
        TOPICS.put("semiconductors", "semiconductors");
        TOPICS.put("high-performance-computing", "high-performance computing");
        TOPICS.put("quantum-technology", "quantum technology");
        TOPICS.put("data", "data");
        TOPICS.put("online-platforms", "online platforms");
        TOPICS.put("submarine-cables", "submarine cables");
        TOPICS.put("connectivity", "connectivity");
        TOPICS.put("digital-identity", "digital identity");
        TOPICS.put("trust-services", "trust services");
        TOPICS.put("cybersecurity", "cybersecurity");
        TOPICS.put("digital-trade", "digital trade");
        TOPICS.put("online-safety", "online safety");
    }
    /** Labels that legitimately give two topics. */
    private static final Set<String> SHARED_LABELS = Set.of("5g and beyond", "5g/6g");

    // ---------------------------------------------------------------- parsing

    @Test
    void turtle_files_parse_without_warnings_and_match_the_classpath_copies() {
        Model dp = parseStrict(ONTOLOGY_FILE);
        Model topics = parseStrict(TOPICS_FILE);
        assertTrue(dp.isIsomorphicWith(Ontology.ontology()), "classpath copy of dp.ttl is stale");
        assertTrue(topics.isIsomorphicWith(Ontology.topics()), "classpath copy of topics.ttl is stale");
        Resource header = dp.getResource(DP.ONTOLOGY);
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(header.hasLiteral(OWL.versionInfo, "0.1.0"));
        assertTrue(header.hasProperty(OWL.versionIRI));
    }

    // ---------------------------------------------------------------- (a) DP.java

    @Test
    void every_dp_constant_is_declared_and_documented() {
        List<String> problems = new ArrayList<>();
        for (Resource term : dpConstants()) {
            problems.addAll(documentationProblems(term.getURI()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void dp_property_constants_are_declared_as_properties_and_others_as_classes_or_concepts() {
        Model m = Ontology.ontology();
        List<String> problems = new ArrayList<>();
        for (Resource term : dpConstants()) {
            Resource r = m.getResource(term.getURI());
            boolean property = r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty)
                    || r.hasProperty(RDF.type, OWL.AnnotationProperty) && r.hasProperty(RDF.type, RDF.Property);
            boolean classOrConcept = r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, SKOS.Concept)
                    || r.hasProperty(RDF.type, SKOS.ConceptScheme) || r.hasProperty(RDF.type, OWL.NamedIndividual);
            if (term instanceof Property ? !property : !classOrConcept) {
                problems.add(term.getURI() + " is declared with the wrong kind");
            }
            if (r.hasProperty(RDF.type, OWL.Class) && !r.hasProperty(RDF.type, RDFS.Class)) {
                problems.add(term.getURI() + " is an owl:Class but not an rdfs:Class");
            }
            if (r.hasProperty(RDF.type, OWL.ObjectProperty) && !r.hasProperty(RDF.type, RDF.Property)) {
                problems.add(term.getURI() + " is an owl:ObjectProperty but not an rdf:Property");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_declared_dp_term_has_a_constant_in_dp() {
        Set<String> constants = new HashSet<>();
        dpConstants().forEach(r -> constants.add(r.getURI()));
        Set<String> missing = new TreeSet<>();
        for (String iri : Ontology.declaredTerms()) {
            if (iri.startsWith(DP.NS) && !constants.contains(iri)) {
                missing.add(iri);
            }
        }
        assertTrue(missing.isEmpty(), "declared in dp.ttl but not in DP.java: " + missing);
    }

    // ---------------------------------------------------------------- (b) the ontology files themselves

    @Test
    void every_declared_dp_term_is_documented() {
        List<String> problems = new ArrayList<>();
        for (String iri : Ontology.declaredTerms()) {
            if (iri.startsWith(DP.NS)) {
                problems.addAll(documentationProblems(iri));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_dp_iri_anywhere_in_the_ontology_files_is_declared() {
        Set<String> used = new TreeSet<>();
        for (Model m : List.of(Ontology.ontology(), Ontology.topics())) {
            m.listStatements().forEachRemaining(st -> {
                addIri(used, st.getSubject());
                addIri(used, st.getPredicate());
                addIri(used, st.getObject());
            });
        }
        used.removeIf(iri -> !iri.startsWith(DP.NS));
        used.removeAll(Ontology.declaredTerms());
        assertTrue(used.isEmpty(), "undeclared dp: IRIs (typos?): " + used);
    }

    @Test
    void predicates_and_classes_of_the_ontology_files_are_declared() {
        Set<String> used = new TreeSet<>();
        for (Model m : List.of(Ontology.ontology(), Ontology.topics())) {
            m.listStatements().forEachRemaining(st -> {
                addIri(used, st.getPredicate());
                if (st.getPredicate().equals(RDF.type)) {
                    addIri(used, st.getObject());
                }
            });
        }
        assertAllDeclared(used, "ontology files");
    }

    @Test
    void external_terms_are_defined_by_their_own_vocabulary() {
        Model m = Ontology.ontology();
        List<String> problems = new ArrayList<>();
        for (String iri : Ontology.declaredTerms()) {
            if (iri.startsWith(DP.NS) || iri.startsWith(Ontology.TOPIC_NS)) {
                continue;
            }
            Statement st = m.getResource(iri).getProperty(RDFS.isDefinedBy);
            String vocab = st == null || !st.getObject().isURIResource() ? null : st.getResource().getURI();
            if (vocab == null || !iri.startsWith(vocab)) {
                problems.add(iri + " rdfs:isDefinedBy " + vocab);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void schema_org_is_only_used_with_https() {
        for (Path file : List.of(ONTOLOGY_FILE, TOPICS_FILE)) {
            assertFalse(read(file).contains("http://schema.org"), file + " uses http://schema.org/");
        }
    }

    // ---------------------------------------------------------------- (c) shapes and queries

    static Stream<String> shapeFiles() {
        return filesIn(SHAPES_DIR, ".ttl");
    }

    static Stream<String> queryFiles() {
        return filesIn(QUERIES_DIR, ".rq");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("shapeFiles")
    void shapes_use_only_declared_terms(String file) {
        Model shapes = parseStrict(SHAPES_DIR.resolve(file));
        Set<String> used = shapeTerms(shapes);
        for (Query q : sparqlInShapes(shapes)) {
            used.addAll(queryIris(q));
        }
        assertAllDeclared(used, "shapes/" + file);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("queryFiles")
    void queries_use_only_declared_terms(String file) {
        Query q = QueryFactory.create(read(QUERIES_DIR.resolve(file)), Syntax.syntaxARQ);
        assertAllDeclared(queryIris(q), "queries/" + file);
    }

    @Test
    void query_walker_sees_templates_paths_expressions_values_and_subqueries() {
        Query q = QueryFactory.create("""
                PREFIX dp: <https://w3id.org/dpkg/ontology#>
                PREFIX schema: <http://schema.org/>
                CONSTRUCT { ?s dp:t ?o } WHERE {
                  ?s dp:a/^dp:b ?o . FILTER EXISTS { ?o a dp:C } FILTER (?o != dp:D)
                  VALUES ?v { dp:E } { SELECT ?x WHERE { ?x schema:name ?n } }
                }""");
        Set<String> iris = queryIris(q);
        for (String local : List.of("t", "a", "b", "C", "D", "E")) {
            assertTrue(iris.contains(DP.NS + local), local + " not seen in " + iris);
        }
        assertTrue(iris.contains("http://schema.org/name") && iris.contains(RDF.type.getURI()), iris.toString());

        Query agg = QueryFactory.create("""
                PREFIX dp: <https://w3id.org/dpkg/ontology#>
                SELECT ?c (COUNT(DISTINCT ?p) AS ?n) (GROUP_CONCAT(?l; separator=" <|> ") AS ?ls)
                WHERE { ?c dp:chair*/!(dp:x|^dp:y) ?p . ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l
                        FILTER (langMatches(lang(?l), "en") && STRSTARTS(STR(?c), "https://w3id.org/dpkg/id/")) }
                GROUP BY ?c HAVING (?n > 1) ORDER BY DESC(?n) LIMIT 10""");
        assertTrue(queryIris(agg).containsAll(Set.of(DP.chair.getURI(), DP.NS + "x", DP.NS + "y")), queryIris(agg).toString());
    }

    @Test
    void shape_walker_sees_paths_lists_classes_and_sparql() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix dp: <https://w3id.org/dpkg/ontology#> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:NodeShape ; sh:targetClass dp:T ;
                   sh:property [ sh:path [ sh:inversePath dp:x ] ; sh:class dp:K ] ,
                               [ sh:path ( dp:y [ sh:zeroOrMorePath dp:z ] ) ; sh:in ( dp:Held dp:Bogus ) ] ;
                   sh:sparql [ sh:select "SELECT $this WHERE { $this dp:q ?v }" ] .
                """, Lang.TURTLE).parse(m);
        Set<String> used = shapeTerms(m);
        sparqlInShapes(m).forEach(q -> used.addAll(queryIris(q)));
        for (String local : List.of("T", "x", "K", "y", "z", "Held", "Bogus", "q")) {
            assertTrue(used.contains(DP.NS + local), local + " not seen in " + used);
        }
    }

    // ---------------------------------------------------------------- (d) topic scheme

    @Test
    void topic_scheme_has_exactly_the_closed_list() {
        Model m = Ontology.topics();
        Resource scheme = m.getResource(Ontology.TOPIC_SCHEME);
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme));
        assertTrue(scheme.hasProperty(m.createProperty("http://purl.org/dc/terms/license")));
        assertTrue(scheme.hasProperty(SKOS.prefLabel) && scheme.hasProperty(RDFS.label));

        Set<String> concepts = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> concepts.add(r.getURI()));
        Set<String> expected = new TreeSet<>();
        TOPICS.keySet().forEach(slug -> expected.add(Ontology.TOPIC_NS + slug));
        assertEquals(expected, concepts);

        for (Map.Entry<String, String> e : TOPICS.entrySet()) {
            Resource c = m.getResource(Ontology.TOPIC_NS + e.getKey());
            List<RDFNode> pref = m.listObjectsOfProperty(c, SKOS.prefLabel).toList();
            assertEquals(List.of(m.createLiteral(e.getValue(), "en")), pref, e.getKey());
            assertTrue(c.hasProperty(SKOS.inScheme, scheme), e.getKey());
            assertTrue(c.hasProperty(SKOS.topConceptOf, scheme), e.getKey());
            assertTrue(scheme.hasProperty(SKOS.hasTopConcept, c), e.getKey());
            assertTrue(c.hasProperty(RDF.type, DP.TechnologyTopic), e.getKey());
            assertFalse(englishLiterals(m, c, SKOS.definition).isEmpty(), e.getKey() + " has no definition");
        }
        assertEquals(expected.size(), m.listObjectsOfProperty(scheme, SKOS.hasTopConcept).toList().size());
    }

    @Test
    void only_artificial_intelligence_has_an_exact_match() {
        Model m = Ontology.topics();
        List<Statement> matches = m.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList();
        assertEquals(1, matches.size());
        assertEquals(Ontology.TOPIC_NS + "artificial-intelligence", matches.get(0).getSubject().getURI());
        assertEquals("http://www.wikidata.org/entity/Q11660", matches.get(0).getResource().getURI());
    }

    @Test
    void topic_labels_are_english_and_unambiguous() {
        Model m = Ontology.topics();
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String slug : TOPICS.keySet()) {
            Resource c = m.getResource(Ontology.TOPIC_NS + slug);
            Set<String> own = new HashSet<>();
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (RDFNode n : m.listObjectsOfProperty(c, p).toList()) {
                    Literal l = n.asLiteral();
                    String key = l.getLexicalForm().toLowerCase(Locale.ROOT);
                    if (!"en".equals(l.getLanguage()) || !l.getLexicalForm().strip().equals(l.getLexicalForm())) {
                        problems.add(slug + ": label not a clean @en literal: " + l);
                    }
                    if (!own.add(key)) {
                        problems.add(slug + ": label repeated: " + l.getLexicalForm());
                    }
                    String other = owner.putIfAbsent(key, slug);
                    if (other != null && !other.equals(slug) && !SHARED_LABELS.contains(key)) {
                        problems.add("label '" + l.getLexicalForm() + "' on both " + other + " and " + slug);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------- undeclaredTerms helper

    @Test
    void undeclared_terms_finds_off_model_terms_only() {
        Model data = ModelFactory.createDefaultModel();
        Resource council = data.createResource("https://w3id.org/dpkg/id/council/eu-japan/2", DP.Council);
        council.addProperty(DP.meetingStatus, DP.Held)
                .addProperty(DP.about, data.createResource(Ontology.TOPIC_NS + "semiconductors"))
                .addProperty(RDFS.label, "EU-Japan Digital Partnership Council", "en")
                .addLiteral(DP.ordinal, data.createTypedLiteral("2", "http://www.w3.org/2001/XMLSchema#positiveInteger"));
        data.createResource("https://w3id.org/dpkg/id/evidence/1", DP.Evidence)
                .addProperty(RDF.predicate, DP.about)
                .addProperty(data.createProperty("http://www.w3.org/ns/oa#hasTarget"), data.createResource());
        assertEquals(Set.of(), Ontology.undeclaredTerms(data));

        council.addProperty(data.createProperty(DP.NS + "heldAt"), "Tokyo")
                .addProperty(DP.meetingStatus, data.createResource(DP.NS + "Planned"))
                .addProperty(DP.about, data.createResource(Ontology.TOPIC_NS + "blockchain"))
                .addProperty(RDF.type, data.createResource("http://schema.org/Event"));
        assertEquals(Set.of(DP.NS + "heldAt", DP.NS + "Planned", Ontology.TOPIC_NS + "blockchain",
                "http://schema.org/Event"), Ontology.undeclaredTerms(data));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Resource> dpConstants() {
        List<Resource> out = new ArrayList<>();
        for (Field f : DP.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    out.add((Resource) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertFalse(out.isEmpty(), "no constants found in DP");
        return out;
    }

    private static List<String> documentationProblems(String iri) {
        Model m = Ontology.ontology();
        Resource r = m.getResource(iri);
        List<String> problems = new ArrayList<>();
        if (!Ontology.declaredTerms().contains(iri)) {
            problems.add(iri + " is not declared");
        }
        if (englishLiterals(m, r, RDFS.label).isEmpty()) {
            problems.add(iri + " has no rdfs:label@en");
        }
        if (englishLiterals(m, r, RDFS.comment).isEmpty()) {
            problems.add(iri + " has no rdfs:comment@en");
        }
        if (!r.hasProperty(RDFS.isDefinedBy, m.getResource(DP.ONTOLOGY))) {
            problems.add(iri + " has no rdfs:isDefinedBy <" + DP.ONTOLOGY + ">");
        }
        return problems;
    }

    private static List<RDFNode> englishLiterals(Model m, Resource r, Property p) {
        return m.listObjectsOfProperty(r, p)
                .filterKeep(n -> n.isLiteral() && "en".equals(n.asLiteral().getLanguage())).toList();
    }

    private static void assertAllDeclared(Set<String> used, String where) {
        Set<String> undeclared = new TreeSet<>();
        for (String iri : used) {
            if (STRICT.stream().anyMatch(iri::startsWith) && !Ontology.declaredTerms().contains(iri)) {
                undeclared.add(iri);
            }
        }
        String hint = undeclared.stream().anyMatch(i -> i.startsWith("http://schema.org/"))
                ? " (schema.org must be https://schema.org/)" : "";
        assertTrue(undeclared.isEmpty(), where + " uses terms not declared in ontology/dp.ttl or ontology/topics.ttl"
                + hint + ": " + undeclared);
    }

    /** Predicates, and objects of rdf:type, sh:targetClass, sh:class, sh:path (walked), sh:in, sh:hasValue, sh:target*Of. */
    private static Set<String> shapeTerms(Model m) {
        Set<String> out = new TreeSet<>();
        Set<String> objectTerms = Set.of(RDF.type.getURI(), SH + "targetClass", SH + "class", SH + "hasValue",
                SH + "targetSubjectsOf", SH + "targetObjectsOf");
        for (Statement st : m.listStatements().toList()) {
            String p = st.getPredicate().getURI();
            out.add(p);
            if (objectTerms.contains(p)) {
                addIri(out, st.getObject());
            } else if (p.equals(SH + "path")) {
                walkPath(st.getObject(), out, new HashSet<>());
            } else if (p.equals(SH + "in") && st.getObject().canAs(RDFList.class)) {
                st.getObject().as(RDFList.class).iterator().forEachRemaining(n -> addIri(out, n));
            }
        }
        return out;
    }

    private static void walkPath(RDFNode node, Set<String> out, Set<RDFNode> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node.isURIResource()) {
            if (!node.equals(RDF.nil)) {
                out.add(node.asResource().getURI());
            }
        } else if (node.isAnon()) {
            node.asResource().listProperties().forEachRemaining(st -> walkPath(st.getObject(), out, seen));
        }
    }

    /** SHACL-SPARQL constraints and targets (sh:select, sh:ask, sh:construct), with the file's prefixes. */
    private static List<Query> sparqlInShapes(Model m) {
        StringBuilder prefixes = new StringBuilder();
        m.getNsPrefixMap().forEach((p, ns) -> prefixes.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        Property prefix = m.createProperty(SH + "prefix");
        Property namespace = m.createProperty(SH + "namespace");
        m.listSubjectsWithProperty(prefix).forEachRemaining(d -> {
            if (d.hasProperty(namespace)) {
                prefixes.append("PREFIX ").append(d.getProperty(prefix).getString()).append(": <")
                        .append(d.getProperty(namespace).getObject().isLiteral()
                                ? d.getProperty(namespace).getString() : d.getProperty(namespace).getResource().getURI())
                        .append(">\n");
            }
        });
        List<Query> out = new ArrayList<>();
        for (String local : List.of("select", "ask", "construct")) {
            m.listObjectsOfProperty(m.createProperty(SH + local)).forEachRemaining(n -> {
                String text = n.asLiteral().getLexicalForm().replace("$PATH", "<urn:x-path>");
                out.add(QueryFactory.create(prefixes + text, Syntax.syntaxARQ));
            });
        }
        return out;
    }

    /** Every IRI of a parsed query: its algebra (patterns, paths, expressions, VALUES), template and DESCRIBE list. */
    static Set<String> queryIris(Query q) {
        Set<String> out = new TreeSet<>();
        if (q.getQueryPattern() != null) {
            PrefixMapping none = PrefixMapping.Factory.create();
            collect(SSE.parse(SSE.str(Algebra.compile(q), none), none), out);
        }
        if (q.isConstructType()) {
            q.getConstructTemplate().getQuads().forEach(quad -> {
                addNode(out, quad.getSubject());
                addNode(out, quad.getPredicate());
                addNode(out, quad.getObject());
            });
        }
        if (q.isDescribeType()) {
            q.getResultURIs().forEach(n -> addNode(out, n));
        }
        return out;
    }

    private static void collect(Item item, Set<String> out) {
        if (item.isList()) {
            item.getList().forEach(i -> collect(i, out));
        } else if (item.isNode()) {
            addNode(out, item.getNode());
        }
    }

    private static void addNode(Set<String> out, Node n) {
        if (n != null && n.isURI()) {
            out.add(n.getURI());
        }
    }

    private static void addIri(Set<String> out, RDFNode n) {
        if (n != null && n.isURIResource()) {
            out.add(n.asResource().getURI());
        }
    }

    private static Stream<String> filesIn(Path dir, String ext) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ext)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model parseStrict(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).errorHandler(FAIL_ON_WARNING).parse(m);
        return m;
    }

    private static final ErrorHandler FAIL_ON_WARNING = new ErrorHandler() {
        @Override public void warning(String message, long line, long col) { fail(message, line, col); }
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }
        private void fail(String message, long line, long col) {
            throw new RiotException("[" + line + ":" + col + "] " + message);
        }
    };
}
