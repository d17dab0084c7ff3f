package org.akhbar.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The browser pages (classpath {@code web/}) and the pinned front-end libraries (WebJars, from
 * {@code META-INF/resources/webjars/}); nothing is fetched from a CDN.
 */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js",
            "text/javascript;charset=utf-8", "mjs", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
            "json", "application/json;charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "map",
            "application/json;charset=utf-8", "woff2", "font/woff2", "ico", "image/x-icon");

    private final String root;
    private final String page;

    /**
     * @param root classpath folder served under the servlet's path
     * @param page a fixed page to serve for every request (for "/" and "/query"), or null
     */
    StaticServlet(String root, String page) {
        this.root = root;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = page != null ? page : req.getPathInfo();
        if (path == null || path.contains("..") || path.endsWith("/")) {
            resp.sendError(404);
            return;
        }
        if (page != null && req.getRequestURI().length() > 1 && !req.getRequestURI().equals(req.getServletPath())) {
            resp.sendError(404);
            return;
        }
        String resource = root + (path.startsWith("/") ? path : "/" + path);
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", page != null ? "no-cache" : "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
