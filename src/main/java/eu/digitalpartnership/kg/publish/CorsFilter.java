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
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * CORS for public, read-only data: every response says {@code Access-Control-Allow-Origin: *} and never allows
 * credentials, so the answer does not depend on the caller's origin and a shared cache may keep one copy for all.
 * A preflight is answered for the methods the path serves (without OPTIONS) and the request headers a reader needs.
 * Admin paths get no CORS headers at all: a page on another site cannot call them.
 * <p>
 * Fuseki's and Jetty's CORS filters both echo the caller's origin; this one does not.
 */
final class CorsFilter implements Filter {
    /** Response headers beyond the CORS-safelisted ones that a script may read. */
    static final String EXPOSED = "ETag, Link, Location, Warning, X-Result-Cap, Content-Disposition";
    /** Request headers a script may send. */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since";

    private final Methods methods;
    private final Predicate<String> admin;

    /** CORS for the methods served at each path, none at the paths the predicate calls admin paths. */
    CorsFilter(Methods methods, Predicate<String> admin) {
        this.methods = methods;
        this.admin = admin;
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (req.getHeader("Origin") == null || path == null || admin.test(path)) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String asked = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && asked != null) {
            Set<String> served = methods.at(path);
            if (served.contains(asked)) {
                resp.setHeader("Access-Control-Allow-Methods",
                        served.stream().filter(m -> !m.equals("OPTIONS")).collect(Collectors.joining(", ")));
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setHeader("Allow", methods.allow(path));
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }
}
