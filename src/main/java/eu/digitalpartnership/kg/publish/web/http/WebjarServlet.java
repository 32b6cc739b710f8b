package eu.digitalpartnership.kg.publish.web.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The YASGUI query editor from its webjar ({@code org.webjars.npm:zazuko__yasgui}), served at
 * {@code /webjars/yasgui/}: {@code yasgui.min.js}, {@code yasgui.min.css} and their source maps, nothing else.
 * The query page loads nothing from other hosts.
 */
public final class WebjarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the servlet is mounted. */
    public static final String PATH = "/webjars/yasgui/";
    private static final String VERSION = "4.5.0";
    private static final String FOLDER = "/META-INF/resources/webjars/zazuko__yasgui/" + VERSION + "/build/";
    private static final Map<String, String> FILES = Map.of(
            "yasgui.min.js", "text/javascript;charset=utf-8", "yasgui.min.css", "text/css;charset=utf-8",
            "yasgui.min.js.map", "application/json", "yasgui.min.css.map", "application/json");

    private final Instant startedAt;
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public WebjarServlet(Instant startedAt) {
        this.startedAt = startedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? null : path.substring(1);
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            Responses.error(req, resp, 404, "Not found", "No such file.");
            return;
        }
        Responses.send(req, resp, type, cache.computeIfAbsent(name, WebjarServlet::read), startedAt);
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private static byte[] read(String name) {
        byte[] bytes = Classpath.bytes(FOLDER + name);
        if (bytes == null) throw new IllegalStateException("Missing webjar file " + FOLDER + name + ": is zazuko__yasgui "
                + VERSION + " on the classpath?");
        return bytes;
    }
}
