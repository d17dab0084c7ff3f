package org.akhbar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dereferenceable resources and the ontology, over real HTTP. */
class LinkedDataIT {
    @TempDir
    static Path dir;

    static TestServer server;

    static final String PUTIN = "/id/entity/Q7747";

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, List.of(TestServer.seed()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    @Test
    void aPersonIsTheSameGraphInEveryRdfFormat() throws Exception {
        Model turtle = null;
        for (var f : List.of(new Object[] {"text/turtle", Lang.TURTLE}, new Object[] {"application/n-triples", Lang.NTRIPLES},
                new Object[] {"application/ld+json", Lang.JSONLD11}, new Object[] {"application/rdf+xml", Lang.RDFXML})) {
            HttpResponse<String> r = server.get(PUTIN, (String) f[0]);
            assertEquals(200, r.statusCode(), (String) f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) f[0]));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Model m = parse(r.body(), (Lang) f[1]);
            assertTrue(m.size() > 10, f[0] + " has " + m.size() + " triples");
            if (turtle == null) {
                turtle = m;
            } else {
                assertTrue(turtle.isIsomorphicWith(m), f[0] + " differs from Turtle");
            }
        }
    }

    @Test
    void aBrowserGetsAnArabicPageWithTheSourceSentencesHighlighted() throws Exception {
        HttpResponse<String> r = server.get(PUTIN, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("dir=\"rtl\""));
        assertTrue(html.contains("فلاديمير بوتين") && html.contains("Vladimir Putin"));
        assertTrue(html.contains("<mark>بوتين</mark>") || html.contains("<mark>فلاديمير بوتين</mark>"), "highlighted span");
        assertTrue(html.contains("https://www.wikidata.org") || html.contains("http://www.wikidata.org/entity/Q7747"));
    }

    @Test
    void anUnknownResourceIs404AndAnUnsupportedTypeIs406() throws Exception {
        assertEquals(404, server.get("/id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(406, server.get(PUTIN, "image/png").statusCode());
    }

    @Test
    void statementsAndEventsDereferenceToo() throws Exception {
        String q = "PREFIX ak: <https://w3id.org/akhbar/ontology#> SELECT ?s WHERE { ?s a ak:Statement } LIMIT 1";
        String iri = server.query(q, "text/csv").body().lines().skip(1).findFirst().orElseThrow().trim();
        String path = "/id/" + iri.substring("https://w3id.org/akhbar/id/".length());
        HttpResponse<String> r = server.get(path, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("ak:speaker"));
    }

    @Test
    void theOntologyIsServedAtItsNamespacePath() throws Exception {
        HttpResponse<String> ttl = server.get("/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model m = parse(ttl.body(), Lang.TURTLE);
        assertFalse(m.isEmpty());
        HttpResponse<String> html = server.get("/ontology", "text/html");
        assertTrue(html.body().contains("ak:holdsPosition"));
        HttpResponse<String> cxt = server.get("/ontology/context.jsonld", null);
        assertTrue(cxt.body().contains("\"speaker\""));
    }
}
