package eu.digitalpartnership.kg.publish.web.admin;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code POST /admin/reload}: loads the seeds again into the served store while the server keeps answering; readers
 * see the new data when the load commits. Only users of the password file, with HTTP Basic authentication (so use
 * it over TLS or on loopback). A reload that fails (bad input, invalid data) changes nothing. One reload at a time.
 */
public final class ReloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the reload operation lives when a password file is configured. */
    public static final String PATH = "/admin/reload";

    private final transient Map<String, byte[]> users;
    private final transient Supplier<String> reload;
    private final transient ReentrantLock running = new ReentrantLock();

    private ReloadServlet(Map<String, byte[]> users, Supplier<String> reload) {
        this.users = users;
        this.reload = reload;
    }

    /** A reload servlet for the users of a password file ({@code user: password} per line, as Jetty's). */
    public static ReloadServlet withPasswordFile(Path file, Supplier<String> reload) {
        Map<String, byte[]> users = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                int colon = l.indexOf(':');
                if (l.isEmpty() || l.startsWith("#") || colon <= 0) continue;
                String password = l.substring(colon + 1).strip();
                int comma = password.indexOf(',');
                if (comma >= 0) password = password.substring(0, comma).strip();
                if (!password.isEmpty()) users.put(l.substring(0, colon).strip(), password.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputException("Cannot read password file " + file + ": " + e.getMessage());
        }
        if (users.isEmpty()) throw new InputException("No user in password file " + file + " (want lines 'user: password')");
        return new ReloadServlet(users, reload);
    }

    @Override protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!authorised(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Digital Partnership KG admin\", charset=\"UTF-8\"");
            plain(resp, 401, "401 Authentication required.");
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

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return false;
        byte[] expected = users.get(decoded.substring(0, colon));
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return expected != null && MessageDigest.isEqual(expected, given);
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
