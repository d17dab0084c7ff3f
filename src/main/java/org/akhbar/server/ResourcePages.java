package org.akhbar.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.akhbar.rdf.AK;
import org.akhbar.rdf.Iris;
import org.akhbar.rdf.Vocab;
import org.akhbar.rdf.Vocab.ITSRDF;
import org.akhbar.rdf.Vocab.NIF;
import org.akhbar.store.Store;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What a dereferenced resource shows: its facts (outgoing triples), what points to it (incoming,
 * without the NIF mentions), the labels of everything linked, and — for the HTML page — the source
 * sentences with the span that names it highlighted.
 */
final class ResourcePages {
    private final Store store;
    private final Iris iris;
    private final PrefixMapping prefixes;

    ResourcePages(Store store) {
        this.store = store;
        this.iris = store.iris();
        this.prefixes = Vocab.prefixes(iris.base());
    }

    /** The description of {@code iri}, or null if the store knows nothing of it. */
    Model describe(String iri) {
        String q = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX ak: <https://w3id.org/akhbar/ontology#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                CONSTRUCT { ?r ?p ?o . ?o rdfs:label ?ol . ?s ?q ?r . ?s rdfs:label ?sl . ?s ak:text ?st . }
                WHERE {
                  BIND (<IRI> AS ?r)
                  { ?r ?p ?o OPTIONAL { ?o rdfs:label ?ol } }
                  UNION
                  { ?s ?q ?r FILTER (?q NOT IN (itsrdf:taIdentRef, ak:holder, ak:mentions))
                    OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s ak:text ?st } }
                }""".replace("IRI", iri);
        Model m = store.query(org.akhbar.store.Store.parse(q), QueryExecution::execConstruct);
        if (m.isEmpty()) {
            return null;
        }
        m.setNsPrefixes(prefixes);
        return m;
    }

    /** A source span that refers to the resource, with its sentence. */
    record Evidence(String article, String sentence, int begin, int end) {}

    List<Evidence> evidence(String iri, int max) {
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                PREFIX ak: <https://w3id.org/akhbar/ontology#>
                SELECT DISTINCT ?ctx ?sentence ?sb ?b ?e WHERE {
                  { ?m itsrdf:taIdentRef <IRI> } UNION { <IRI> ak:evidence ?m } UNION { ?m ak:holder <IRI> }
                  ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx ; nif:sentence ?s .
                  ?s nif:anchorOf ?sentence ; nif:beginIndex ?sb .
                } ORDER BY ?ctx ?b LIMIT MAX""".replace("IRI", iri).replace("MAX", Integer.toString(max));
        return store.query(org.akhbar.store.Store.parse(q), qe -> {
            List<Evidence> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int sb = s.getLiteral("sb").getInt();
                out.add(new Evidence(s.getResource("ctx").getURI(), s.getLiteral("sentence").getString(),
                        s.getLiteral("b").getInt() - sb, s.getLiteral("e").getInt() - sb));
            }
            return out;
        });
    }

    /** A readable name for a node of the description: its Arabic label, else English, else a short form. */
    String name(Model m, RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        Resource r = n.asResource();
        String ar = null;
        String en = null;
        for (Statement s : m.listStatements(r, RDFS.label, (RDFNode) null).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().startsWith("ar")) {
                ar = l.getString();
            } else if (l.getLanguage().startsWith("en")) {
                en = l.getString();
            }
        }
        if (ar == null && en == null && m.contains(r, AK.text)) {
            ar = m.getProperty(r, AK.text).getString();
        }
        String shortForm = r.isURIResource() ? prefixes.shortForm(r.getURI()) : r.toString();
        if (ar != null && en != null) {
            return ar + " · " + en;
        }
        return ar != null ? ar : en != null ? en : shortForm;
    }

    /** A link for an IRI: local path for Akhbar's own resources, the IRI otherwise. */
    String href(String iri) {
        if (iri.startsWith(iris.base())) {
            return "/id/" + iri.substring(iris.base().length());
        }
        if (iri.startsWith(AK.NS)) {
            return "/ontology#" + iri.substring(AK.NS.length());
        }
        return iri;
    }

    String html(String iri, Model m) {
        Resource r = m.getResource(iri);
        String title = name(m, r);
        Html h = new Html().open(title, "ar");
        h.raw("<h1 class=\"resource\">").text(title).raw("</h1>\n");
        h.raw("<p class=\"iri\" dir=\"ltr\"><code>").text(iri).raw("</code></p>\n");
        List<String> types = new ArrayList<>();
        r.listProperties(RDF.type).forEachRemaining(s -> types.add(prefixes.shortForm(s.getResource().getURI())));
        types.sort(null);
        h.raw("<p class=\"types\" dir=\"ltr\">").text(String.join(", ", types)).raw("</p>\n");
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            String u = s.getResource().getURI();
            h.raw("<p class=\"sameas\">Wikidata: <a href=\"").text(u).raw("\">").text(u).raw("</a></p>\n");
        }
        h.raw("<h2>الحقائق · Facts</h2>\n<table class=\"facts\">\n");
        List<Statement> out = new ArrayList<>(r.listProperties().toList());
        out.removeIf(s -> s.getPredicate().equals(RDF.type) || s.getPredicate().equals(OWL.sameAs));
        out.sort(Comparator.comparing((Statement s) -> prefixes.shortForm(s.getPredicate().getURI()))
                .thenComparing(s -> name(m, s.getObject())));
        for (Statement s : out) {
            row(h, m, prefixes.shortForm(s.getPredicate().getURI()), s.getObject());
        }
        h.raw("</table>\n");
        List<Statement> in = m.listStatements(null, null, r).toList();
        if (!in.isEmpty()) {
            h.raw("<h2>ما يشير إليه · Linked from</h2>\n<table class=\"facts\">\n");
            in.sort(Comparator.comparing((Statement s) -> prefixes.shortForm(s.getPredicate().getURI())));
            for (Statement s : in) {
                row(h, m, "↩ " + prefixes.shortForm(s.getPredicate().getURI()), s.getSubject());
            }
            h.raw("</table>\n");
        }
        List<Evidence> ev = evidence(iri, 50);
        if (!ev.isEmpty()) {
            h.raw("<h2>في النص · In the text</h2>\n<ul class=\"evidence\">\n");
            for (Evidence e : ev) {
                String s = e.sentence();
                int b = s.offsetByCodePoints(0, Math.max(0, Math.min(e.begin(), s.codePointCount(0, s.length()))));
                int en = s.offsetByCodePoints(0, Math.max(0, Math.min(e.end(), s.codePointCount(0, s.length()))));
                h.raw("<li><span class=\"sentence\">").text(s.substring(0, b)).raw("<mark>").text(s.substring(b, en))
                        .raw("</mark>").text(s.substring(en)).raw("</span> <a class=\"source\" href=\"")
                        .text(href(e.article())).raw("\">").text(e.article().substring(e.article().lastIndexOf('/') + 1))
                        .raw("</a></li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("<p class=\"formats\" dir=\"ltr\">Also as <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=nt\">N-Triples</a>"
                + " · <a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=rdf\">RDF/XML</a></p>\n");
        return h.close();
    }

    private void row(Html h, Model m, String property, RDFNode value) {
        h.raw("<tr><th dir=\"ltr\">").text(property).raw("</th><td>");
        if (value.isURIResource()) {
            h.raw("<a href=\"").text(href(value.asResource().getURI())).raw("\">").text(name(m, value)).raw("</a>");
        } else if (value.isLiteral()) {
            Literal l = value.asLiteral();
            String lang = l.getLanguage();
            h.raw("<span").raw(lang.isEmpty() ? "" : " lang=\"" + Html.esc(lang) + "\"").raw(">").text(l.getLexicalForm())
                    .raw("</span>");
            if (!lang.isEmpty()) {
                h.raw(" <small>@").text(lang).raw("</small>");
            }
        } else {
            h.text(name(m, value));
        }
        h.raw("</td></tr>\n");
    }

    /** True if the store holds the article graph or any triple about the IRI. */
    boolean exists(String iri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Model u = store.dataset().getUnionModel();
            Resource r = u.createResource(iri);
            return u.contains(r, null, (RDFNode) null) || u.contains(null, null, r);
        });
    }

    static Model empty() {
        return ModelFactory.createDefaultModel();
    }

    static final Resource NIF_CONTEXT = NIF.Context;
    static final org.apache.jena.rdf.model.Property TA_IDENT_REF = ITSRDF.taIdentRef;
}
