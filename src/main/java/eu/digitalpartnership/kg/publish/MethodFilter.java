package eu.digitalpartnership.kg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Answers 405 with an Allow header to every method a read-only publisher does not serve (PUT, DELETE, PATCH,
 * TRACE, …), 413 to a body over {@link #MAX_BODY} bytes, and 400 to a GET that claims a SPARQL query body but has no {@code query} parameter (which Fuseki
 * 5.6.0 would answer with a 500).
 */
final class MethodFilter implements Filter {
    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");
    /** Largest request body accepted, in bytes. */
    static final long MAX_BODY = 4L * 1024 * 1024;

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (ALLOWED.contains(req.getMethod())) {
            if (req.getContentLengthLong() > MAX_BODY) {
                resp.setStatus(413);
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write("413 The request body may be at most " + MAX_BODY + " bytes.\n");
                return;
            }
            if (bodilessQuery(req)) {
                resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write("400 A GET request carries its query in the 'query' parameter.\n");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write("405 Method not allowed: this server is read-only.\n");
    }

    private static boolean bodilessQuery(HttpServletRequest req) {
        String type = req.getContentType();
        return ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-") && req.getParameter("query") == null;
    }
}
