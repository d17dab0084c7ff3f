package org.akhbar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** {@code /.well-known/void} and the service description answered at the endpoint URL itself. */
final class DescriptionServlets {
    private DescriptionServlets() {}

    static String serverBase(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, Model m) throws IOException {
        resp.setHeader("Vary", "Accept");
        Negotiation.Format f = Negotiation.choose(req.getHeader("Accept"), req.getParameter("format"));
        Lang lang = f == null || f.lang == null ? Lang.TURTLE : f.lang;
        resp.setContentType((f == null || f.lang == null ? "text/turtle" : f.mediaType) + ";charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), m, lang);
    }

    /** {@code GET /.well-known/void}: triple, entity and article counts, endpoint, vocabularies. */
    static final class VoidServlet extends HttpServlet {
        private final transient DatasetDescription description;

        VoidServlet(DatasetDescription description) {
            this.description = description;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            send(req, resp, description.voidDescription(serverBase(req)));
        }
    }

    /** A GET of the query endpoint with no query returns the SPARQL 1.1 Service Description. */
    static final class ServiceDescriptionFilter implements Filter {
        private final DatasetDescription description;
        private final boolean allowService;

        ServiceDescriptionFilter(DatasetDescription description, boolean allowService) {
            this.description = description;
            this.allowService = allowService;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String uri = req.getRequestURI();
            boolean endpoint = uri.equals("/akhbar/sparql") || uri.equals("/akhbar/query") || uri.equals("/akhbar/sparql/")
                    || uri.equals("/akhbar");
            if (endpoint && "GET".equals(req.getMethod()) && req.getParameter("query") == null
                    && (req.getQueryString() == null || req.getParameter("format") != null)) {
                send(req, (HttpServletResponse) response, description.serviceDescription(serverBase(req), allowService));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
