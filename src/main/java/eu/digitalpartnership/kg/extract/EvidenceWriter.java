package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the dp:Evidence of one fact triple: the statement, a Web Annotation target with a text-position and a
 * text-quote selector (offsets in Unicode code points, end exclusive), the sentence, the rule and the activity.
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

    EvidenceWriter(Model m, IriMinter iris, String docId, Analysis a, Resource document, Resource extraction) {
        this.m = m;
        this.iris = iris;
        this.docId = docId;
        this.a = a;
        this.document = document;
        this.extraction = extraction;
    }

    void write(Statement st, Ev ev) {
        String o = st.getObject().isLiteral() ? st.getLiteral().toString() : st.getObject().asResource().getURI();
        String iri = iris.mint("evidence", "hash", Slugs.hash(docId, st.getSubject().getURI(), st.getPredicate().getURI(), o));
        Resource e = m.createResource(iri);
        Span span = ev.span();
        String text = a.text;
        e.addProperty(RDF.type, DP.Evidence)
         .addProperty(RDF.subject, st.getSubject())
         .addProperty(RDF.predicate, st.getPredicate())
         .addProperty(RDF.object, st.getObject())
         .addProperty(m.createProperty(PROV + "wasDerivedFrom"), document)
         .addProperty(m.createProperty(PROV + "wasGeneratedBy"), extraction)
         .addProperty(DP.rule, ev.rule())
         .addLiteral(DP.confidence, m.createTypedLiteral(new BigDecimal(ev.rule().contains("lexicon") ? "0.9" : "0.8")))
         .addProperty(DP.sentence, sentence(span));
        Resource target = m.createResource(iri + "#target").addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, document);
        Resource position = m.createResource(iri + "#position").addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, offset(span.start()))
                .addLiteral(OA.end, offset(span.end()));
        Resource quote = m.createResource(iri + "#quote").addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, span.of(text))
                .addProperty(OA.prefix, text.substring(safe(text, Math.max(0, span.start() - CONTEXT)), span.start()))
                .addProperty(OA.suffix, text.substring(span.end(), safe(text, Math.min(text.length(), span.end() + CONTEXT))));
        target.addProperty(OA.hasSelector, position).addProperty(OA.hasSelector, quote);
        e.addProperty(OA.hasTarget, target);
    }

    private String sentence(Span span) {
        return a.context(span).of(a.text);
    }

    private org.apache.jena.rdf.model.Literal offset(int utf16) {
        return m.createTypedLiteral(String.valueOf(a.text.codePointCount(0, utf16)), XSDDatatype.XSDnonNegativeInteger);
    }

    private static int safe(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) return i + (i < text.length() ? 1 : 0);
        return i;
    }
}
