package org.akhbar.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;

/**
 * A real Akhbar server for integration tests: a TDB2 store in a temporary directory, the given
 * articles loaded, Fuseki on a free port (port 0), loopback only; and a small HTTP client.
 */
public final class TestServer implements AutoCloseable {
    public final Store store;
    public final AkhbarServer server;
    public final Loader loader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Store store, AkhbarServer server, Loader loader) {
        this.store = store;
        this.server = server;
        this.loader = loader;
    }

    /** Starts a server over a new store in {@code dir} holding {@code articles} (files or directories). */
    public static TestServer start(Path dir, List<Path> articles, ServerOptions options) {
        Store store = Store.open(dir.resolve("db"), Iris.standard());
        Loader loader = new Loader(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged()),
                Extractor.standard(), new DocumentMapper(Iris.standard()));
        loader.load(articles, store, line -> { });
        AkhbarServer server = AkhbarServer.create(store, options.withPort(0)).start();
        return new TestServer(store, server, loader);
    }

    public static TestServer start(Path dir, List<Path> articles) {
        return start(dir, articles, new ServerOptions(0, true, null, false, 10_000, 60_000, 10_000, 1_048_576, false, false));
    }

    /** The seed article of the repository. */
    public static Path seed() {
        return Path.of("data", "articles", "alaska-summit.ar.txt");
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(90)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A SPARQL query by GET, results in {@code accept} (e.g. text/csv). */
    public HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/akhbar/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    /** A SPARQL query by POST (form encoded). */
    public HttpResponse<String> postQuery(String sparql, String accept) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url("/akhbar/sparql"))).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
