package eu.digitalpartnership.kg.publish.web.admin;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.publish.web.http.Origin;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code POST /admin/reload}: loads the seeds again into the served store while the server keeps answering; readers
 * see the new data when the load commits. A reload that fails (bad input, invalid data) changes nothing. One reload at
 * a time. Register it with {@code KgServer.Builder.addAdminServlet}: Jetty's login then admits only users of the
 * password file (HTTP Basic, so use it over TLS or on loopback); a request that reaches it unauthenticated is refused,
 * and so is one a page of another site sends (its {@code Origin} is not this server's), as a browser would send the
 * user's cached credentials along.
 * <pre>
 *   builder.passwordFile(Path.of("passwd")).addAdminServlet(ReloadServlet.PATH, new ReloadServlet(() -> reload()));
 * </pre>
 */
public final class ReloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the reload operation lives when a password file is configured. */
    public static final String PATH = "/admin/reload";

    private final transient Supplier<String> reload;
    private final transient ReentrantLock running = new ReentrantLock();

    /** A reload servlet running the reload, which returns a one-line summary. */
    public ReloadServlet(Supplier<String> reload) {
        this.reload = reload;
    }

    @Override protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() == null) {
            plain(resp, 401, "401 Authentication required.");
            return;
        }
        String origin = req.getHeader("Origin");
        if (origin != null && !origin.equals(Origin.of(req))) {
            // A page of another site: its browser may hold the user's Basic credentials and send them along.
            plain(resp, 403, "403 A reload cannot be asked for by a page of another site.");
            return;
        }
        if (!running.tryLock()) {
            plain(resp, 409, "409 A reload is already running.");
            return;
        }
        try {
            plain(resp, 200, reload.get());
        } catch (InvalidDataException e) {
            plain(resp, 422, "422 Not reloaded, the data breaks the shapes (nothing changed): " + oneLine(e.getMessage()));
        } catch (InputException e) {
            plain(resp, 400, "400 Not reloaded (nothing changed): " + oneLine(e.getMessage()));
        } finally {
            running.unlock();
        }
    }

    private static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write(text + "\n");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
