package org.akhbar.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.akhbar.AkhbarException;
import org.akhbar.rdf.AK;
import org.akhbar.rdf.JsonLdOutput;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology at its namespace path ({@code /ontology}): Turtle for machines, readable HTML
 * documentation for people (Arabic and English labels, comments, domains, ranges, alignments);
 * {@code /ontology/context.jsonld} is the JSON-LD context.
 */
final class OntologyServlet extends HttpServlet {
    private final transient Model ontology;
    private final byte[] turtle;

    OntologyServlet() {
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream("akhbar/ontology/akhbar.ttl")) {
            if (in == null) {
                throw new AkhbarException.BadData("ontology not on the classpath");
            }
            turtle = in.readAllBytes();
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read the ontology: " + e.getMessage(), e);
        }
        ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, new java.io.ByteArrayInputStream(turtle), Lang.TURTLE);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path != null && path.equals("/context.jsonld")) {
            resp.setContentType("application/ld+json;charset=utf-8");
            resp.getOutputStream().write(JsonLdOutput.context().toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path != null && !path.equals("/") && !path.isEmpty()) {
            resp.sendError(404);
            return;
        }
        Negotiation.Format f = Negotiation.choose(req.getHeader("Accept"), req.getParameter("format"));
        if (f == null) {
            resp.sendError(406);
            return;
        }
        if (f == Negotiation.Format.HTML) {
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(html().getBytes(StandardCharsets.UTF_8));
        } else if (f == Negotiation.Format.TURTLE) {
            resp.setContentType("text/turtle;charset=utf-8");
            resp.getOutputStream().write(turtle);
        } else {
            resp.setContentType(f.mediaType + ";charset=utf-8");
            RDFDataMgr.write(resp.getOutputStream(), ontology, f.lang);
        }
    }

    private String label(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            if (s.getLanguage().equals(lang)) {
                return s.getString();
            }
        }
        return "";
    }

    private String comment(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.comment).toList()) {
            if (s.getLanguage().equals(lang)) {
                return s.getString();
            }
        }
        return "";
    }

    private String refs(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            out.add(o.isURIResource() ? ontology.shortForm(o.asResource().getURI()) : "(union)");
        }
        return String.join(", ", out);
    }

    private String html() {
        Html h = new Html().open("أنطولوجيا أخبار · Akhbar ontology", "ar");
        h.raw("<h1>أنطولوجيا أخبار · Akhbar news ontology</h1>\n<p dir=\"ltr\">Namespace <code>").text(AK.NS)
                .raw("</code> · <a href=\"?format=ttl\">Turtle</a> · <a href=\"/ontology/context.jsonld\">JSON-LD context</a></p>\n");
        section(h, "الأصناف · Classes", OWL.Class);
        section(h, "خصائص الكائنات · Object properties", OWL.ObjectProperty);
        section(h, "خصائص البيانات · Data properties", OWL.DatatypeProperty);
        return h.close();
    }

    private void section(Html h, String title, Resource type) {
        List<Resource> terms = new ArrayList<>(ontology.listSubjectsWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(AK.NS)).toList());
        terms.sort(Comparator.comparing(Resource::getLocalName));
        h.raw("<h2>").text(title).raw("</h2>\n<dl class=\"terms\">\n");
        for (Resource r : terms) {
            h.raw("<dt id=\"").text(r.getLocalName()).raw("\"><code dir=\"ltr\">ak:").text(r.getLocalName()).raw("</code> ")
                    .text(label(r, "ar")).raw(" · <span lang=\"en\">").text(label(r, "en")).raw("</span></dt>\n<dd>")
                    .text(comment(r, "ar")).raw("<br><span lang=\"en\" dir=\"ltr\">").text(comment(r, "en")).raw("</span>");
            String sub = refs(r, RDFS.subClassOf) + refs(r, RDFS.subPropertyOf);
            String dom = refs(r, RDFS.domain);
            String ran = refs(r, RDFS.range);
            h.raw("<div class=\"meta\" dir=\"ltr\">");
            if (!sub.isEmpty()) {
                h.raw("aligned to: ").text(sub).raw(" ");
            }
            if (!dom.isEmpty()) {
                h.raw("· domain: ").text(dom).raw(" ");
            }
            if (!ran.isEmpty()) {
                h.raw("· range: ").text(ran);
            }
            h.raw("</div></dd>\n");
        }
        h.raw("</dl>\n");
    }
}
