package org.akhbar.server;

import org.akhbar.store.Store;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;

/**
 * Embedded Fuseki over the store: {@code /akhbar/sparql} and {@code /akhbar/query} (SPARQL 1.1
 * query, GET and POST), {@code /akhbar/data} and {@code /akhbar/get} (Graph Store Protocol, read
 * only), {@code /$/ping}. Nothing writes. The default graph is the union of the named graphs.
 */
public final class AkhbarServer {
    public static final String DATASET = "/akhbar";

    private final FusekiServer server;

    private AkhbarServer(FusekiServer server) {
        this.server = server;
    }

    /** Builds (does not start) the server; port 0 picks a free port. */
    public static AkhbarServer create(Store store, int port, boolean loopbackOnly) {
        DataService.Builder data = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer s = FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                .enablePing(true)
                .add(DATASET, data)
                .build();
        return new AkhbarServer(s);
    }

    public AkhbarServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public void stop() {
        server.stop();
    }

    public void join() {
        server.join();
    }
}
