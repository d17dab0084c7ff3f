package org.akhbar.server;

import org.akhbar.store.Store;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Embedded Fuseki over the store, safe to expose:
 * <ul>
 *   <li>{@code /akhbar/sparql}, {@code /akhbar/query}: SPARQL 1.1 query, GET and POST, open to all,
 *       with a timeout (first result / overall), a row cap, and SERVICE to other hosts refused;
 *       a GET with no query returns the SPARQL Service Description;</li>
 *   <li>{@code /akhbar/data}, {@code /akhbar/get}: Graph Store Protocol, read only;</li>
 *   <li>{@code /akhbar/update}, {@code /akhbar/store}, {@code /akhbar/upload}: only with a password
 *       file, and only for authenticated users (401 otherwise);</li>
 *   <li>{@code /id/...} dereferenceable resources, {@code /ontology}, {@code /.well-known/void},
 *       the explorer at {@code /} and the query editor at {@code /query};</li>
 *   <li>{@code /$/ping}, {@code /$/metrics} (Prometheus); no admin endpoints unless asked.</li>
 * </ul>
 * The default graph is the union of the named graphs; requests over the size limit get 413.
 */
public final class AkhbarServer {
    public static final String DATASET = "/akhbar";

    private final FusekiServer server;

    private AkhbarServer(FusekiServer server) {
        this.server = server;
    }

    public static AkhbarServer create(Store store, int port, boolean loopbackOnly) {
        ServerOptions o = ServerOptions.defaults(port);
        return create(store, new ServerOptions(port, loopbackOnly, o.passwordFile(), o.digestAuth(), o.firstResultMs(),
                o.totalMs(), o.maxRows(), o.maxRequestBytes(), o.allowService(), o.admin()));
    }

    /** Builds (does not start) the server; port 0 picks a free port. */
    public static AkhbarServer create(Store store, ServerOptions o) {
        DatasetGraph dsg = store.datasetGraph();
        Context cxt = dsg.getContext();
        cxt.set(ARQ.queryTimeout, o.firstResultMs() + "," + o.totalMs());
        cxt.set(ARQ.httpServiceAllowed, o.allowService());
        DataService.Builder data = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .loopback(o.loopbackOnly())
                .enablePing(true)
                .enableMetrics(true)
                .enableCors(true)
                .enableStats(o.admin())
                .enableTasks(o.admin())
                .registerOperation(Operation.Query, new CappedQuery(o.maxRows()));
        if (o.writable()) {
            data.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "store", Auth.ANY_USER)
                    .addEndpoint(Operation.Upload, "upload", Auth.ANY_USER);
            b.passwordFile(o.passwordFile().toString()).auth(o.digestAuth() ? AuthScheme.DIGEST : AuthScheme.BASIC);
        }
        DatasetDescription description = new DatasetDescription(store);
        b.add(DATASET, data)
                .addFilter("/*", new RequestLimitFilter(o.maxRequestBytes()))
                .addFilter(DATASET + "/*", new DescriptionServlets.ServiceDescriptionFilter(description, o.allowService()))
                .addFilter(DATASET, new DescriptionServlets.ServiceDescriptionFilter(description, o.allowService()))
                .addServlet("/id/*", new ResourceServlet(new ResourcePages(store), store.iris().base()))
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/ontology/*", new OntologyServlet())
                .addServlet("/.well-known/void", new DescriptionServlets.VoidServlet(description))
                .addServlet("/web/*", new StaticServlet("web", null))
                .addServlet("/webjars/*", new StaticServlet("META-INF/resources/webjars", null))
                .addServlet("/query", new StaticServlet("web", "/query.html"))
                .addServlet("", new StaticServlet("web", "/index.html"));
        return new AkhbarServer(b.build());
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
