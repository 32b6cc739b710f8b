package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bulk downloads at {@code /dumps/dataset.trig} and {@code /dumps/dataset.nq.gz}, with ETag and Last-Modified
 * (the load time), so a client downloads again only after a reload. Any other name is 404.
 */
public final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Dumps dumps;

    public DumpServlet(Dumps dumps) {
        this.dumps = dumps;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        Dumps.Kind kind = name == null ? null : Dumps.Kind.named(name.substring(1));
        if (kind == null) {
            Responses.error(req, resp, 404, "Not found", "The dumps are " + Dumps.PATH + Dumps.Kind.TRIG.fileName
                    + " and " + Dumps.PATH + Dumps.Kind.NQUADS_GZ.fileName + ".");
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + kind.fileName + "\"");
        resp.setHeader("Link", Links.header(Links.LICENSE_LINK, "</.well-known/void>; rel=\"describedby\""));
        Responses.sendFile(req, resp, kind.contentType(), dumps.file(kind), dumps.etag(kind), dumps.loadedAt());
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
