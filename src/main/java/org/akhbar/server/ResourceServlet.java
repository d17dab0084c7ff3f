package org.akhbar.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.akhbar.rdf.JsonLdOutput;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * {@code GET /id/...}: the resource {@code BASE...} by content negotiation — Turtle, N-Triples,
 * JSON-LD (Akhbar's context), RDF/XML, or an HTML page (Arabic, right to left) — with
 * {@code Vary: Accept}; 404 for an IRI the store does not know, 406 for an unsupported type.
 */
final class ResourceServlet extends HttpServlet {
    private final transient ResourcePages pages;
    private final String base;

    ResourceServlet(ResourcePages pages, String base) {
        this.pages = pages;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || path.length() < 2) {
            resp.sendError(404, "No resource named");
            return;
        }
        String iri = base + path.substring(1);
        Negotiation.Format f = Negotiation.choose(req.getHeader("Accept"), req.getParameter("format"));
        if (f == null) {
            resp.setStatus(406);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println("Not acceptable. Available: " + String.join(", ", Negotiation.supported()));
            return;
        }
        Model m = pages.describe(iri);
        if (m == null) {
            resp.setStatus(404);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println("Unknown resource: " + iri);
            return;
        }
        resp.setStatus(200);
        resp.setHeader("Link", "<" + iri + ">; rel=\"canonical\"");
        if (f == Negotiation.Format.HTML) {
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(pages.html(iri, m).getBytes(StandardCharsets.UTF_8));
            return;
        }
        resp.setContentType(f.mediaType + ";charset=utf-8");
        OutputStream out = resp.getOutputStream();
        if (f == Negotiation.Format.JSONLD) {
            JsonLdOutput.write(DatasetGraphFactory.wrap(m.getGraph()), out);
        } else {
            RDFDataMgr.write(out, m, f.lang);
        }
        out.flush();
    }
}
