package eu.digitalpartnership.kg.publish.web.vocabulary;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Ontology;
import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.validate.Validator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;

/**
 * The vocabulary, documented and downloadable: the ontology at {@code /ontology} (and its version IRI), the shapes at
 * {@code /shapes} with each file at {@code /shapes/{file}}, and the topic scheme ({@code /topic/scheme}, 303 to
 * {@code /doc/topic/scheme}). Each page is HTML or RDF by content negotiation ({@code ?format=} overrides
 * {@code Accept}); Turtle gives the files as written, comments included.
 */
public final class VocabularyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The description document of the topic scheme. */
    static final String TOPIC_SCHEME_DOC = "/doc/topic/scheme";
    /** Where the version IRI of the ontology ({@code owl:versionIRI}) is served: the current version is the ontology. */
    private static final String VERSION_PATH = "/" + Ontology.ontology().getResource(DP.ONTOLOGY)
            .getPropertyResourceValue(OWL.versionIRI).getURI().substring(Served.VOCABULARY.length());

    private final transient DatasetGraph view;
    private final transient Served served;
    private final Instant loadedAt;
    /** Page models by template, made on first request: the data does not change after it is loaded. */
    private final transient Map<String, Map<String, Object>> models = new ConcurrentHashMap<>();

    public VocabularyServlet(DatasetGraph view, Served served, Instant loadedAt) {
        this.view = view;
        this.served = served;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/ontology") || path.equals(VERSION_PATH))
            page(req, resp, "/ontology", "ontology", () -> new OntologyPage(view, served).model(), Ontology.ontology().getGraph(), "ontology/dp.ttl");
        else if (path.equals("/shapes"))
            page(req, resp, "/shapes", "shapes", ShapesPage::model, Validator.standard().shapesGraph(), null);
        else if (path.startsWith("/shapes/"))
            shapesFile(req, resp, path.substring("/shapes/".length()));
        else if (path.equals("/topic/scheme"))
            Responses.seeOther(resp, TOPIC_SCHEME_DOC + (req.getParameter("format") == null ? "" : "?format="
                    + URLEncoder.encode(req.getParameter("format"), StandardCharsets.UTF_8)));
        else if (path.equals(TOPIC_SCHEME_DOC))
            page(req, resp, TOPIC_SCHEME_DOC, "topic-scheme", () -> new TopicSchemePage(view, served.base()).model(), Ontology.topics().getGraph(), "ontology/topics.ttl");
        else
            Responses.error(req, resp, 404, "Not found", "No vocabulary document is published at this address.");
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String docPath, String template,
            Supplier<Map<String, Object>> model, Graph rdf, String turtleFile) throws IOException {
        Formats format = Formats.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable",
                    "Available: " + Formats.offered() + ".");
            return;
        }
        resp.setHeader("Link", links(docPath));
        if (format == Formats.TURTLE && turtleFile != null)
            Responses.send(req, resp, "text/turtle;charset=utf-8", Classpath.text("/" + turtleFile).getBytes(StandardCharsets.UTF_8), loadedAt);
        else if (format.isRdf())
            Responses.send(req, resp, format.contentType(), RdfBytes.write(rdf, format.rdfFormat), loadedAt);
        else
            Responses.send(req, resp, "text/html;charset=utf-8",
                    TemplateEngine.render(template, models.computeIfAbsent(template, t -> model.get())).getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private void shapesFile(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        String text = name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") ? ShapesPage.file(name) : null;
        if (text == null) {
            Responses.error(req, resp, 404, "Not found", "No shapes file " + name + " in the profile; see /shapes.");
            return;
        }
        resp.setHeader("Link", Links.header("</shapes>; rel=\"up\"", Links.LICENSE_LINK));
        String type = name.endsWith(".ttl") ? "text/turtle;charset=utf-8" : "text/plain;charset=utf-8";
        Responses.send(req, resp, type, text.getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private static String links(String docPath) {
        return Links.header(Links.alternates(docPath), Links.LICENSE_LINK);
    }
}
