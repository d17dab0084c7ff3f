package org.akhbar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An endpoint that can be exposed: auth-gated writes, enforced timeouts, caps and limits, no SERVICE, CORS. */
class EndpointSecurityIT {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        // short timeouts, a small row cap and a small request limit, so that the tests can hit them
        server = TestServer.start(dir, List.of(TestServer.seed()),
                new ServerOptions(0, true, passwd, false, 1_000, 2_000, 25, 64 * 1024, false, false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest.Builder update(String body) {
        return HttpRequest.newBuilder(URI.create(server.url("/akhbar/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNeedCredentialsAndKeepTheTextIndexInStep() throws Exception {
        String insert = "INSERT DATA { GRAPH <https://w3id.org/akhbar/id/graph/manual> { "
                + "<https://w3id.org/akhbar/id/person/test> <http://www.w3.org/2000/01/rdf-schema#label> \"سميرة الحجازي\"@ar-EG } }";
        assertEquals(401, server.http().send(update(insert).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, server.http().send(update(insert).header("Authorization", basic("editor", "wrong")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = server.http().send(update(insert).header("Authorization", basic("editor", "s3cret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"الحجازي\" }";
        assertTrue(server.query(search, "text/csv").body().contains("person/test"), "ar-EG label indexed with the Arabic analyzer");
        HttpResponse<String> del = server.http().send(update("DROP GRAPH <https://w3id.org/akhbar/id/graph/manual>")
                .header("Authorization", basic("editor", "s3cret")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(del.statusCode() < 300);
        assertTrue(!server.query(search, "text/csv").body().contains("person/test"), "removed from the index too");
    }

    @Test
    @Timeout(30)
    void aPathologicalQueryIsCutByTheTimeout() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = server.query(q, "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertNotEquals(200, r.statusCode(), "a four-way cross product of the store cannot finish in 2 s");
        assertTrue(seconds < 15, "cut after " + seconds + " s");
        System.out.printf("akhbar-figures: pathological query cut after %.1f s with HTTP %d%n", seconds, r.statusCode());
    }

    @Test
    void resultsAreCappedAtTheRowLimit() throws Exception {
        String body = server.query("SELECT * WHERE { ?s ?p ?o }", "text/csv").body();
        assertEquals(25 + 1, body.lines().count());
        String limited = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv").body();
        assertEquals(3 + 1, limited.lines().count());
    }

    @Test
    void serviceCallsToOtherHostsAreRefused() throws Exception {
        HttpResponse<String> r = server.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test
    void oversizedRequestsAre413() throws Exception {
        String big = "SELECT * WHERE { ?s ?p \"" + "x".repeat(100_000) + "\" }";
        HttpResponse<String> r = server.postQuery(big, "application/sparql-results+json");
        assertEquals(413, r.statusCode());
    }

    @Test
    void readsAllowCrossOriginRequests() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url("/akhbar/sparql?query=ASK%7B%7D")))
                .header("Origin", "https://example.org").GET().build();
        HttpResponse<String> r = server.http().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void noAdminEndpointsUnlessAsked() throws Exception {
        assertTrue(server.get("/$/datasets", null).statusCode() >= 400);
        assertTrue(server.get("/$/stats", null).statusCode() >= 400);
    }
}
