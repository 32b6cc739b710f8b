package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.quality.PublishedQuality;
import eu.digitalpartnership.kg.publish.web.quality.PublishedReportServlet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.util.PrefixMappingUtils;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The dataset described in VoID and DCAT 3, measured on the live store: the figures of the union default graph, class
 * and property partitions, linksets to Wikidata and the EU authority tables, example resources, vocabularies, the
 * downloads and the SPARQL service. The dataset's IRI is canonical ({@code {base}dataset}); the endpoint and download
 * URLs are absolute on the host a request came to. The figures are counted once, on first use, by the queries
 * {@code web/queries/void-*.rq}.
 * <pre>
 *   DatasetDescription d = new DatasetDescription(Stores.publishedView(store), "https://w3id.org/dpkg/", dumps);
 *   Model description = d.model("http://127.0.0.1:3030");
 *   long triples = d.statistics().figures().triples();
 * </pre>
 */
public final class DatasetDescription {
    /** The title of the dataset. */
    static final String TITLE = "Digital Partnership KG";
    /** What the dataset holds. */
    static final String DESCRIPTION = "Facts about the European Union's bilateral Digital Partnerships (partners, "
            + "officials and their posts, Digital Partnership Councils, memoranda, initiatives, technology topics, "
            + "organisations and places), extracted from press releases and validated against SHACL shapes. Every "
            + "fact links to the sentence, characters and quote it was read from. The default graph is the published, "
            + "consolidated graph (one node per real thing, one value per functional property, conflicts recorded); each source document's claims and their evidence are a named graph.";
    /** Where the description document is served. */
    public static final String VOID_PATH = "/.well-known/void";
    /** The vocabularies the data uses: prefix and vocabulary IRI. */
    static final Map<String, String> VOCABULARIES = orderedMap(
            "dp", DP.ONTOLOGY, "schema", "https://schema.org/", "org", "http://www.w3.org/ns/org#",
            "oa", "http://www.w3.org/ns/oa#", "prov", "http://www.w3.org/ns/prov#",
            "skos", "http://www.w3.org/2004/02/skos/core", "dcterms", "http://purl.org/dc/terms/");

    static final String SCHEMA_SAME_AS = "https://schema.org/sameAs";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final List<Target> TARGETS = eu.digitalpartnership.kg.consolidate.Statistics.TARGETS.stream()
            .map(t -> new Target(t.id(), t.title(), t.homepage(), t.uriSpace())).toList();
    private static final int MAX_WRITTEN = 64;
    /** Descriptions of more triples than this are written in Turtle's block form. */
    private static final int LARGE = 20_000;

    /** Figures of the whole dataset (the union default graph). */
    record Figures(long triples, long entities, long distinctSubjects, long distinctObjects, long properties, long classes) {}

    /** The instances of one class. */
    record ClassPartition(String classIri, long entities) {}

    /** The triples of one property. */
    record PropertyPartition(String property, long triples, long distinctSubjects, long distinctObjects) {}

    /** A dataset this one links to: a short id, a title, its home page and the start of its IRIs. */
    record Target(String id, String title, String homepage, String uriSpace) {}

    /** The links to one target dataset with schema:sameAs. */
    record Linkset(Target target, long triples) {}

    /** A named graph and its size. */
    record NamedGraph(String iri, long triples) {}

    /** Everything counted on the store. */
    record Statistics(Figures figures, List<ClassPartition> classes, List<PropertyPartition> properties,
                      List<Linkset> linksets, List<String> examples, List<NamedGraph> graphs) {}

    private final DatasetGraph view;
    private final PublishedQuality quality;
    private final String base;
    private final Dumps dumps;
    private volatile Statistics statistics;
    /** Written descriptions by kind, origin and format: blank nodes make each writing differ, and an ETag must not. */
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    /** A description of the data in a view whose default graph is the published graph. */
    public DatasetDescription(DatasetGraph view, String base, Dumps dumps) {
        this(view, base, dumps, null);
    }

    /** The same, with the quality figures of the published data (Data Quality Vocabulary). */
    public DatasetDescription(DatasetGraph view, String base, Dumps dumps, PublishedQuality quality) {
        this.quality = quality;
        this.view = Objects.requireNonNull(view, "view");
        this.base = Objects.requireNonNull(base, "base");
        this.dumps = Objects.requireNonNull(dumps, "dumps");
    }

    /** The canonical IRI of the dataset: {@code {base}dataset}. */
    String iri() {
        return base + "dataset";
    }

    /** The URI space of the dataset's entities: {@code {base}id/}. */
    String uriSpace() {
        return base + "id/";
    }

    /** The IRI of the SPARQL service on a site: the endpoint URL with {@code #service}. */
    static String serviceIri(String origin) {
        return origin + "/sparql#service";
    }

    /** The load time of the data. */
    public Instant loadedAt() {
        return dumps.loadedAt();
    }

    /** The downloads, written if not yet. */
    public Dumps dumps() {
        return dumps;
    }

    /** The figures, partitions, linksets, examples and graphs of the store, counted on first use. */
    Statistics statistics() {
        Statistics s = statistics;
        if (s == null) {
            synchronized (this) {
                if (statistics == null) statistics = Txn.calculateRead(view, this::count);
                s = statistics;
            }
        }
        return s;
    }

    /**
     * Reads the figures the loads stored (and the quality summary) now, when the site is built, so that the first
     * request of the description, the report or the home page does not wait for them.
     */
    public void prepare() {
        statistics();
        if (quality != null) quality.summary();
    }

    /** The VoID and DCAT description, with the endpoint and downloads on the given origin (e.g. "http://host:3030"). */
    Model model(String origin) {
        Statistics s = statistics();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes());
        Resource dataset = m.createResource(iri());
        Resource license = m.createResource(Links.LICENSE);
        Literal modified = m.createTypedLiteral(loadedAt().truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        String endpoint = origin + "/sparql";

        m.createResource(origin + VOID_PATH).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("Description of the " + TITLE + " dataset", "en"))
                .addProperty(FOAF.primaryTopic, dataset);

        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.publisher, m.createResource(iri() + "#publisher").addProperty(RDF.type, FOAF.Organization)
                        .addProperty(FOAF.name, m.createLiteral("The Digital Partnership KG contributors", "en")))
                .addProperty(DCTerms.license, license)
                .addProperty(DCTerms.modified, modified)
                .addProperty(DCAT.landingPage, m.createResource(origin + "/"))
                .addProperty(FOAF.homepage, m.createResource(origin + "/"));
        for (String k : List.of("Digital Partnership", "European Union", "digital policy", "linked data", "provenance"))
            dataset.addProperty(DCAT.keyword, m.createLiteral(k, "en"));

        Figures f = s.figures();
        dataset.addLiteral(VOID.triples, integer(m, f.triples())).addLiteral(VOID.entities, integer(m, f.entities()))
                .addLiteral(VOID.distinctSubjects, integer(m, f.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, integer(m, f.distinctObjects()))
                .addLiteral(VOID.properties, integer(m, f.properties())).addLiteral(VOID.classes, integer(m, f.classes()))
                .addProperty(VOID.uriSpace, uriSpace())
                .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint));
        for (ClassPartition c : s.classes())
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(c.classIri())).addLiteral(VOID.entities, integer(m, c.entities())));
        for (PropertyPartition p : s.properties())
            dataset.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, m.createResource(p.property())).addLiteral(VOID.triples, integer(m, p.triples()))
                    .addLiteral(VOID.distinctSubjects, integer(m, p.distinctSubjects()))
                    .addLiteral(VOID.distinctObjects, integer(m, p.distinctObjects())));
        for (String example : s.examples()) dataset.addProperty(VOID.exampleResource, m.createResource(example));
        for (String vocabulary : VOCABULARIES.values()) dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));

        for (Linkset l : s.linksets()) {
            Resource target = m.createResource(iri() + "#" + l.target().id()).addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, m.createLiteral(l.target().title(), "en"))
                    .addProperty(FOAF.homepage, m.createResource(l.target().homepage()))
                    .addProperty(VOID.uriSpace, l.target().uriSpace());
            Resource linkset = m.createResource(iri() + "#links-" + l.target().id()).addProperty(RDF.type, VOID.Linkset)
                    .addProperty(DCTerms.title, m.createLiteral("Links to " + l.target().title(), "en"))
                    .addProperty(VOID.target, dataset).addProperty(VOID.target, target)
                    .addProperty(VOID.subjectsTarget, dataset).addProperty(VOID.objectsTarget, target)
                    .addProperty(VOID.linkPredicate, m.createResource(SCHEMA_SAME_AS))
                    .addLiteral(VOID.triples, integer(m, l.triples()));
            dataset.addProperty(VOID.subset, linkset);
        }

        for (Dumps.Kind kind : Dumps.Kind.values()) {
            Resource url = m.createResource(Dumps.url(origin, kind));
            Resource distribution = m.createResource(iri() + "#dump-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, m.createLiteral(kind.title, "en"))
                    .addProperty(DCAT.downloadURL, url).addProperty(DCAT.accessURL, url)
                    .addProperty(DCAT.mediaType, m.createResource(IANA + kind.mediaType))
                    .addProperty(DCTerms.license, license).addProperty(DCTerms.modified, modified);
            if (kind.compressFormat != null) distribution.addProperty(DCAT.compressFormat, m.createResource(IANA + kind.compressFormat));
            dataset.addProperty(DCAT.distribution, distribution).addProperty(VOID.dataDump, url);
        }

        if (quality != null) addQuality(m, dataset, origin);
        addProfile(m, dataset, origin);

        m.createResource(serviceIri(origin)).addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral(TITLE + " SPARQL endpoint", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(endpoint))
                .addProperty(DCAT.endpointDescription, m.createResource(endpoint))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCTerms.license, license);
        keepPrefixesInUse(m);
        ServiceDescription.addNamedGraphs(m, dataset, s.graphs());
        return m;
    }

    /**
     * Keeps only the prefixes the model uses so far: called before the named graphs are added, whose thousands of
     * entries use only the prefixes {@link ServiceDescription#addNamedGraphs} declares, so they are not scanned.
     */
    static void keepPrefixesInUse(Model m) {
        PrefixMapping used = PrefixMappingUtils.calcInUsePrefixMapping(m.getGraph());
        m.clearNsPrefixMap();
        m.setNsPrefixes(used);
    }

    private void addQuality(Model m, Resource dataset, String origin) {
        PublishedQuality.Summary q = quality.summary();
        String dqv = "http://www.w3.org/ns/dqv#";
        m.setNsPrefix("dqv", dqv);
        record Measure(Resource metric, Literal value, String id) {}
        List<Measure> measures = List.of(
                new Measure(eu.digitalpartnership.kg.model.DP.ViolationCount, m.createTypedLiteral(String.valueOf(q.violations()), XSDDatatype.XSDinteger), "violations"),
                new Measure(eu.digitalpartnership.kg.model.DP.WarningCount, m.createTypedLiteral(String.valueOf(q.warnings()), XSDDatatype.XSDinteger), "warnings"),
                new Measure(eu.digitalpartnership.kg.model.DP.ConflictCount, m.createTypedLiteral(String.valueOf(q.conflicts()), XSDDatatype.XSDinteger), "conflicts"),
                new Measure(eu.digitalpartnership.kg.model.DP.EvidenceCoverage, share(m, q.evidenceShare()), "evidence"),
                new Measure(eu.digitalpartnership.kg.model.DP.WikidataLinkCoverage, share(m, q.linkShare()), "wikidata-links"));
        for (Measure x : measures)
            dataset.addProperty(m.createProperty(dqv + "hasQualityMeasurement"), m.createResource(iri() + "#quality-" + x.id())
                    .addProperty(RDF.type, m.createResource(dqv + "QualityMeasurement"))
                    .addProperty(m.createProperty(dqv + "isMeasurementOf"), x.metric())
                    .addProperty(m.createProperty(dqv + "computedOn"), dataset)
                    .addProperty(m.createProperty(dqv + "value"), x.value())
                    .addProperty(RDFS.seeAlso, m.createResource(origin + PublishedReportServlet.PATH)));
    }

    /**
     * The shapes profiles the data conforms to and the files that make them up (by concern and severity): the standard
     * profile, and within it the core profile, which any SHACL engine can run.
     */
    private static void addProfile(Model m, Resource dataset, String origin) {
        Resource profile = m.createResource(Served.SHAPES).addProperty(RDFS.label, m.createLiteral("Digital Partnership KG shapes profile", "en"))
                .addProperty(RDFS.comment, m.createLiteral("Every shape our validator enforces: SHACL Core and SHACL-SPARQL.", "en"))
                .addProperty(RDFS.seeAlso, m.createResource(origin + "/shapes"))
                .addProperty(DCAT.downloadURL, m.createResource(origin + "/shapes/profile.txt"));
        Resource core = m.createResource(Served.SHAPES + "/core-profile")
                .addProperty(RDFS.label, m.createLiteral("Digital Partnership KG shapes, core profile", "en"))
                .addProperty(RDFS.comment, m.createLiteral("The SHACL Core files of the profile alone, for any SHACL engine.", "en"))
                .addProperty(RDFS.seeAlso, m.createResource(origin + "/shapes"))
                .addProperty(DCAT.downloadURL, m.createResource(origin + "/shapes/core-profile.txt"));
        dataset.addProperty(DCTerms.conformsTo, profile).addProperty(DCTerms.conformsTo, core);
        Model shapes = ModelFactory.createModelForGraph(eu.digitalpartnership.kg.validate.Validator.standard().shapesGraph());
        List<String> coreFiles = eu.digitalpartnership.kg.validate.Validator.coreProfileFiles();
        for (String file : eu.digitalpartnership.kg.validate.Validator.profileFiles()) {
            Resource part = shapes.listSubjectsWithProperty(RDF.type, org.apache.jena.vocabulary.OWL.Ontology).toList().stream()
                    .filter(r -> r.isURIResource() && file.equals("dp-" + r.getURI().substring(r.getURI().lastIndexOf('/') + 1) + ".ttl"))
                    .findFirst().orElse(null);
            Resource described = m.createResource(part != null ? part.getURI() : Served.SHAPES + "/" + file)
                    .addProperty(DCAT.downloadURL, m.createResource(origin + "/shapes/" + file))
                    .addProperty(DCAT.mediaType, m.createResource(IANA + "text/turtle"));
            if (part != null) {
                if (part.hasProperty(RDFS.label)) described.addProperty(RDFS.label, part.getProperty(RDFS.label).getObject());
                if (part.hasProperty(RDFS.comment)) described.addProperty(RDFS.comment, part.getProperty(RDFS.comment).getObject());
            }
            profile.addProperty(DCTerms.hasPart, described);
            if (coreFiles.contains(file)) core.addProperty(DCTerms.hasPart, described);
        }
    }

    private static Literal share(Model m, double share) {
        return m.createTypedLiteral(new java.math.BigDecimal(share).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** The quality figures, or null when none were given. */
    PublishedQuality.Summary qualitySummary() {
        return quality == null ? null : quality.summary();
    }

    /** The description written in an RDF format, the same bytes for every request to the same origin. */
    byte[] written(String origin, Formats format) {
        return cached("void " + format + " " + origin, () -> write(model(origin), format));
    }

    /** The SPARQL Service Description written in an RDF format, the same bytes for every request to the same origin. */
    public byte[] writtenServiceDescription(String origin, Formats format) {
        return cached("sd " + format + " " + origin, () -> write(ServiceDescription.model(origin, this), format));
    }

    /**
     * A model (its prefixes already those it uses) in an RDF format; a large one in Turtle's block form, which writes
     * the thousands of named-graph entries without the pretty writer's nesting analysis.
     */
    private static byte[] write(Model model, Formats format) {
        boolean large = model.size() > LARGE;
        return RdfBytes.write(model.getGraph(), large && format.rdfFormat == RDFFormat.TURTLE_PRETTY ? RDFFormat.TURTLE_BLOCKS : format.rdfFormat);
    }

    private byte[] cached(String key, Supplier<byte[]> writer) {
        if (written.size() > MAX_WRITTEN) written.clear();
        return written.computeIfAbsent(key, k -> writer.get());
    }

    /** The prefixes used in the description and its pages. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", FOAF.NS).setNsPrefix("sd", ServiceDescription.SD)
                .setNsPrefix("dp", DP.NS).setNsPrefix("schema", "https://schema.org/").setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("oa", OA.NS).setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("xsd", XSD.NS);
    }

    /** The figures the loads kept in the statistics graph, the examples, and every named graph with its size. */
    private Statistics count() {
        IriMinter iris = IriMinter.withBase(base);
        // the figures the home page and /validation show come from the same PublishedQuality, when there is one
        var stored = quality != null ? quality.statistics()
                : eu.digitalpartnership.kg.consolidate.Statistics.of(view.getGraph(NodeFactory.createURI(iris.mint("statistics"))),
                        NodeFactory.createURI(iris.mint("dataset")), uriSpace()).read();
        List<ClassPartition> classes = stored.classes().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ClassPartition(e.getKey(), e.getValue())).toList();
        List<PropertyPartition> properties = stored.properties().stream()
                .map(p -> new PropertyPartition(p.property(), p.triples(), p.distinctSubjects(), p.distinctObjects())).toList();
        List<Linkset> linksets = TARGETS.stream().map(t -> new Linkset(t, stored.linksets().getOrDefault(t.id(), 0L))).toList();
        Map<String, Integer> order = Map.of(DP.Partner.getURI(), 0, DP.Council.getURI(), 1, DP.Official.getURI(), 2);
        List<String> examples = select("void-examples", Map.of()).stream()
                .sorted(Comparator.comparing(b -> order.getOrDefault(b.get("class").getURI(), 9)))
                .map(b -> b.get("example").getLiteralLexicalForm()).toList();
        List<NamedGraph> graphs = new ArrayList<>();
        stored.graphs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> graphs.add(new NamedGraph(e.getKey(), e.getValue().triples())));
        for (String kind : List.of("report", "statistics")) {
            Node g = NodeFactory.createURI(iris.mint(kind));
            graphs.add(new NamedGraph(g.getURI(), view.getGraph(g).size()));
        }
        return new Statistics(new Figures(stored.triples(), stored.entities(), stored.distinctSubjects(), stored.distinctObjects(),
                properties.size(), classes.size()), classes, properties, linksets, examples, graphs);
    }

    private List<Binding> select(String name, Map<String, Node> bindings) {
        return QueryFiles.select(view, name, bindings);
    }

    private static long number(Binding b, String var) {
        return QueryFiles.number(b, var);
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return Collections.unmodifiableMap(out);
    }
}
