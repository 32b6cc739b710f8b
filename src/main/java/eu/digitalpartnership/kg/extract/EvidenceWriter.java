package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.text.CodePoints;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes where each fact triple was read. The triple is named by a statement node ({@code rdf:subject},
 * {@code rdf:predicate}, {@code rdf:object}) whose IRI depends on the triple alone, so every document stating the
 * same triple, and the published graph, name it alike. One dp:Evidence (a Web Annotation) per rule and set of spans
 * has every statement read there as a body ({@code oa:hasBody}) and one target per span, each with a text-position
 * and a text-quote selector (offsets in Unicode code points, end exclusive), plus the sentence and the rule.
 */
final class EvidenceWriter {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final int CONTEXT = 32;

    private final Model m;
    private final IriMinter iris;
    private final String docId;
    private final Analysis a;
    private final Resource document;
    private final Resource extraction;
    private final Map<Ev, Resource> records = new HashMap<>();
    private final CodePoints codePoints;

    EvidenceWriter(Model m, IriMinter iris, String docId, Analysis a, Resource document, Resource extraction) {
        this.m = m;
        this.iris = iris;
        this.docId = docId;
        this.a = a;
        this.document = document;
        this.extraction = extraction;
        this.codePoints = CodePoints.of(a.text);
    }

    void write(Statement st, Ev ev) {
        Resource statement = m.createResource(iris.statement(st.asTriple()));
        if (!m.contains(statement, RDF.subject))
            statement.addProperty(RDF.subject, st.getSubject())
                     .addProperty(RDF.predicate, st.getPredicate())
                     .addProperty(RDF.object, st.getObject());
        records.computeIfAbsent(ev, this::record).addProperty(OA.hasBody, statement);
    }

    private Resource record(Ev ev) {
        String[] key = new String[ev.spans().size() * 2 + 2];
        key[0] = docId;
        key[1] = ev.rule();
        for (int i = 0; i < ev.spans().size(); i++) {
            key[2 + 2 * i] = String.valueOf(ev.spans().get(i).start());
            key[3 + 2 * i] = String.valueOf(ev.spans().get(i).end());
        }
        String iri = iris.mint("evidence", "hash", Slugs.hash(key));
        Resource e = m.createResource(iri)
                .addProperty(RDF.type, DP.Evidence)
                .addProperty(m.createProperty(PROV + "wasDerivedFrom"), document)
                .addProperty(m.createProperty(PROV + "wasGeneratedBy"), extraction)
                .addProperty(DP.rule, ev.rule())
                .addLiteral(DP.confidence, m.createTypedLiteral(new BigDecimal(ev.rule().contains("lexicon") ? "0.9" : "0.8")))
                .addProperty(DP.sentence, sentence(ev.spans()));
        List<Span> spans = ev.spans();
        for (int i = 0; i < spans.size(); i++) e.addProperty(OA.hasTarget, target(iri + "#target-" + (i + 1), spans.get(i)));
        return e;
    }

    private Resource target(String iri, Span span) {
        String text = a.text;
        Resource position = m.createResource(iri + "-position").addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, offset(span.start()))
                .addLiteral(OA.end, offset(span.end()));
        Resource quote = m.createResource(iri + "-quote").addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, span.of(text))
                .addProperty(OA.prefix, text.substring(safe(text, Math.max(0, span.start() - CONTEXT)), span.start()))
                .addProperty(OA.suffix, text.substring(span.end(), safe(text, Math.min(text.length(), span.end() + CONTEXT))));
        return m.createResource(iri).addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, document)
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote);
    }

    /** The sentence (or list item, or line) around the longest span: where the fact was mainly read. */
    private String sentence(List<Span> spans) {
        Span main = spans.stream().max(Comparator.comparingInt(Span::length)).orElseThrow();
        return a.context(main).of(a.text);
    }

    private Literal offset(int utf16) {
        return m.createTypedLiteral(String.valueOf(codePoints.offset(utf16)), XSDDatatype.XSDnonNegativeInteger);
    }

    private static int safe(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) return i + (i < text.length() ? 1 : 0);
        return i;
    }
}
