package eu.digitalpartnership.kg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The methods of a read-only publisher, one answer per path: {@code OPTIONS} gets 204 and 405 gets {@code Allow},
 * both from {@link Methods}, and whatever a servlet or Fuseki says in {@code Allow} is replaced by the same list.
 * Also answers 413 to a body over {@link #MAX_BODY} bytes, 400 to a GET that claims a SPARQL query body but has no
 * {@code query} parameter (which Fuseki 5.6.0 would answer with a 500), and keeps every {@code Vary} value a handler
 * set before (gzip's {@code Accept-Encoding}) when a servlet sets its own.
 */
final class MethodFilter implements Filter {
    /** Largest request body accepted, in bytes. */
    static final long MAX_BODY = 4L * 1024 * 1024;

    private final Methods methods;

    MethodFilter(Methods methods) {
        this.methods = methods;
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String allow = methods.allow(path);
        if (!methods.at(path).contains(req.getMethod())) {
            resp.setHeader("Allow", allow);
            plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405 Method not allowed here: " + allow + ".");
            return;
        }
        if ("OPTIONS".equals(req.getMethod())) {
            resp.setHeader("Allow", allow);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY) {
            plain(resp, 413, "413 The request body may be at most " + MAX_BODY + " bytes.");
            return;
        }
        if (bodilessQuery(req)) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 A GET request carries its query in the 'query' parameter.");
            return;
        }
        chain.doFilter(request, new Headers(resp, allow));
    }

    private static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write(text + "\n");
    }

    private static boolean bodilessQuery(HttpServletRequest req) {
        String type = req.getContentType();
        return ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-") && req.getParameter("query") == null;
    }

    /** A response whose {@code Allow} is the path's and whose {@code Vary} values accumulate. */
    private static final class Headers extends HttpServletResponseWrapper {
        private final String allow;

        Headers(HttpServletResponse response, String allow) {
            super(response);
            this.allow = allow;
        }

        @Override public void setHeader(String name, String value) {
            if ("Allow".equalsIgnoreCase(name)) super.setHeader(name, allow);
            else if ("Vary".equalsIgnoreCase(name)) super.setHeader(name, merged(value));
            else super.setHeader(name, value);
        }

        @Override public void addHeader(String name, String value) {
            if ("Allow".equalsIgnoreCase(name) || "Vary".equalsIgnoreCase(name)) setHeader(name, value);
            else super.addHeader(name, value);
        }

        private String merged(String value) {
            Set<String> names = new LinkedHashSet<>();
            for (String v : getHeaders("Vary")) add(names, v);
            add(names, value);
            return String.join(", ", names);
        }

        private static void add(Set<String> names, String value) {
            if (value == null) return;
            for (String n : value.split(",")) if (!n.isBlank() && names.stream().noneMatch(x -> x.equalsIgnoreCase(n.strip()))) names.add(n.strip());
        }
    }
}
