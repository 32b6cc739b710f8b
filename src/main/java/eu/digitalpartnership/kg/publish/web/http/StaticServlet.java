package eu.digitalpartnership.kg.publish.web.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** Files from a classpath folder (style sheets, scripts, images); only plain names, never "..". */
public final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "html", "text/html;charset=utf-8", "ico", "image/x-icon",
            "json", "application/json", "woff2", "font/woff2");

    private final String folder;
    private final Instant loadedAt;

    public StaticServlet(String folder, Instant loadedAt) {
        this.folder = folder;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        if (name == null || !name.matches("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+") || name.contains("..")) {
            Responses.error(req, resp, 404, "Not found", "No such file.");
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        byte[] body = type == null ? null : Classpath.bytes(folder.substring(0, folder.length() - 1) + name);
        if (body == null) {
            Responses.error(req, resp, 404, "Not found", "No such file.");
            return;
        }
        Responses.send(req, resp, type, body, loadedAt);
    }
}
