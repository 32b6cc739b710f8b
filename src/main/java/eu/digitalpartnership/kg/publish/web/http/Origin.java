package eu.digitalpartnership.kg.publish.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The scheme, host and port a request was addressed to, e.g. {@code http://127.0.0.1:3030}: the root of the absolute
 * URLs (endpoint, downloads) that the dataset and service descriptions give, whatever host serves them.
 */
public final class Origin {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    private Origin() {}

    /** The origin of the request, without a trailing slash; a malformed host name falls back to the local address. */
    public static String of(HttpServletRequest req) {
        String scheme = "https".equalsIgnoreCase(req.getScheme()) ? "https" : "http";
        String host = req.getServerName();
        if (host != null && host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        if (host == null || !HOST.matcher(host).matches()) {
            host = req.getLocalAddr();
            if (host.contains(":")) host = "[" + host + "]";
        }
        int port = req.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
