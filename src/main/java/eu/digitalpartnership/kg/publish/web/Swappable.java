package eu.digitalpartnership.kg.publish.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A servlet or filter registered once whose implementation is replaced after a reload, so that the pages, counts
 * and caches built from the data follow the data. Requests in flight finish with the implementation they started with.
 */
final class Swappable {
    private Swappable() {}

    /** A servlet delegating to the current one. */
    static final class Servlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient AtomicReference<HttpServlet> current = new AtomicReference<>();

        void set(HttpServlet servlet) {
            current.set(servlet);
        }

        @Override protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            current.get().service(req, resp);
        }
    }

    /** A filter delegating to the current one. */
    static final class FilterHolder implements Filter {
        private final AtomicReference<Filter> current = new AtomicReference<>();

        void set(Filter filter) {
            current.set(filter);
        }

        @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            current.get().doFilter(request, response, chain);
        }
    }
}
