package org.akhbar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise, end to end: a real server on a free port, the seed article loaded, the
 * README queries asked over HTTP, their answers exactly those shown in the README
 * ({@code fuseki/queries/*.csv}). Run with {@code -Dakhbar.updateExpected=true} to rewrite them.
 */
class ServerIT {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, List.of(TestServer.seed()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Path> readmeQueries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("fuseki", "queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void theReadmeQueriesGiveTheReadmeAnswers() throws Exception {
        List<Path> queries = readmeQueries();
        assertEquals(5, queries.size());
        for (Path q : queries) {
            String sparql = Files.readString(q, StandardCharsets.UTF_8);
            HttpResponse<String> r = server.query(sparql, "text/csv");
            assertEquals(200, r.statusCode(), q + ": " + r.body());
            String got = r.body().replace("\r\n", "\n");
            Path expected = Path.of(q.toString().replace(".rq", ".csv"));
            if (Boolean.getBoolean("akhbar.updateExpected")) {
                Files.writeString(expected, got, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), got, q.toString());
            assertTrue(got.lines().count() > 1, q + " answers nothing");
        }
    }

    @Test
    void queriesMayBePostedToo() throws Exception {
        String sparql = Files.readString(readmeQueries().get(1), StandardCharsets.UTF_8);
        HttpResponse<String> get = server.query(sparql, "text/csv");
        HttpResponse<String> post = server.postQuery(sparql, "text/csv");
        assertEquals(200, post.statusCode());
        assertEquals(get.body(), post.body());
    }

    @Test
    void theHealthCheckAndTheMetricsAnswer() throws Exception {
        assertEquals(200, server.get("/$/ping", null).statusCode());
        HttpResponse<String> m = server.get("/$/metrics", null);
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("jvm_"), "Prometheus metrics");
    }

    @Test
    void anArticleGraphCanBeReadThroughTheGraphStoreProtocol() throws Exception {
        String graph = server.store.iris().graph("alaska-summit.ar");
        HttpResponse<String> r = server.get("/akhbar/data?graph=" + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertEquals(server.store.articleSize("alaska-summit.ar"), m.size());
    }

    @Test
    void malformedSparqlIsA400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = server.query("SELEC ?x WHERE { ?x ?p ?o }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Lexical error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void nothingCanBeWrittenWithoutAPasswordFile() throws Exception {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/akhbar/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build();
        int status = server.http().send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 404 || status == 405, "update endpoint absent: " + status);
        var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/akhbar/data?default")))
                .header("Content-Type", "text/turtle")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build();
        int s2 = server.http().send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(s2 == 405 || s2 == 404 || s2 == 400, "graph store is read only: " + s2);
    }

    @Test
    void fullTextSearchFindsMoscowInBiMoscow() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?s WHERE { ?s text:query (rdfs:label \"بموسكو\") }";
        HttpResponse<String> r = server.query(q, "text/csv");
        assertTrue(r.body().contains("https://w3id.org/akhbar/id/entity/Q649"), r.body());
    }

    @Test
    void theEndpointDescribesItselfAndTheDataset() throws Exception {
        HttpResponse<String> sd = server.get("/akhbar/sparql", "text/turtle");
        assertEquals(200, sd.statusCode());
        assertTrue(sd.body().contains("sd:Service") || sd.body().contains("sparql-service-description#Service"), sd.body());
        HttpResponse<String> v = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(v.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, org.apache.jena.vocabulary.VOID.triples));
    }
}
