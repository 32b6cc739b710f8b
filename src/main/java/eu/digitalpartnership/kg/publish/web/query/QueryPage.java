package eu.digitalpartnership.kg.publish.web.query;

import eu.digitalpartnership.kg.publish.web.dataset.DatasetDescription;
import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

/**
 * The model of the SPARQL query page: YASGUI (from the webjar, nothing from other hosts) pointed at this host's {@code /sparql},
 * with one tab per competency query of {@code queries/*.rq} on the classpath ({@code officials.rq} first), and a
 * query from the URL, if any, in a first tab of its own. Without JavaScript, a plain form sends the query.
 * The editor is set up by {@code /static/query.js} from a JSON block in the page.
 */
public final class QueryPage {
    /** A query to open in a tab: the tab's name and the query text. */
    record Example(String name, String query) {}

    private static final String FIRST = "officials.rq";
    private static volatile List<Example> examples;

    private final JsonArray prefixes = new JsonArray();

    /** A page for data minted under the base: the editor completes the prefixes of the data and its vocabularies. */
    public QueryPage(String base) {
        PrefixMapping pm = DatasetDescription.prefixes().setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("topic", base + "topic/").setNsPrefix("id", base + "id/").setNsPrefix("graph", base + "graph/");
        pm.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> prefixes.add(e.getKey() + ": <" + e.getValue() + ">"));
    }

    /** The model of {@code query.mustache} for an endpoint URL, with a query to prefill (null for none) and run on opening or not. */
    Map<String, Object> model(String endpoint, String query, boolean run) {
        boolean prefilled = query != null && !query.isBlank();
        JsonArray tabs = new JsonArray();
        if (prefilled) tabs.add(tab("Query", query));
        for (Example e : examples()) tabs.add(tab(e.name(), e.query()));
        JsonObject config = new JsonObject();
        config.put("endpoint", endpoint);
        config.put("tabs", tabs);
        config.put("prefixes", prefixes);
        config.put("run", prefilled && run);
        Map<String, Object> m = new HashMap<>();
        m.put("title", "SPARQL query");
        m.put("endpoint", endpoint);
        m.put("query", prefilled ? query : examples().isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples().get(0).query());
        m.put("config", TemplateEngine.scriptSafe(config.toString()));
        if (prefilled) m.put("csv", Links.sparqlCsv(query));
        return m;
    }

    /** The competency queries, {@code officials.rq} first and the others by name. */
    static List<Example> examples() {
        List<Example> e = examples;
        if (e == null) {
            List<Example> found = new ArrayList<>();
            for (String name : queryNames()) found.add(new Example(name, Classpath.text("/queries/" + name)));
            found.sort(Comparator.comparing((Example x) -> !x.name().equals(FIRST)).thenComparing(Example::name));
            examples = e = List.copyOf(found);
        }
        return e;
    }

    private static JsonObject tab(String name, String query) {
        JsonObject tab = new JsonObject();
        tab.put("name", name);
        tab.put("query", query);
        return tab;
    }

    /** The names of the {@code .rq} files in the classpath folder {@code queries/}, from a directory or a jar. */
    private static List<String> queryNames() {
        URL folder = QueryPage.class.getResource("/queries/" + FIRST);
        if (folder == null) return List.of();
        try {
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection jar = (JarURLConnection) folder.openConnection();
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    return file.stream().map(entry -> entry.getName())
                            .filter(n -> n.startsWith("queries/") && n.endsWith(".rq") && n.indexOf('/', 8) < 0)
                            .map(n -> n.substring(8)).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()).getParent())) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad classpath URL " + folder, e);
        }
    }
}
