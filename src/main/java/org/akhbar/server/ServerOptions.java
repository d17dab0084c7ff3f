package org.akhbar.server;

import java.nio.file.Path;

/**
 * How the endpoint is exposed.
 *
 * @param passwordFile     Jetty password file; without it no endpoint can write
 * @param digestAuth       digest instead of basic authentication for the write endpoints
 * @param firstResultMs    query timeout to the first result
 * @param totalMs          query timeout overall
 * @param maxRows          cap on the rows of a SELECT (a larger or missing LIMIT is lowered)
 * @param maxRequestBytes  largest request body accepted
 * @param allowService     allow SPARQL SERVICE to other hosts (off by default)
 * @param admin            enable the Fuseki statistics and tasks endpoints under /$/
 */
public record ServerOptions(int port, boolean loopbackOnly, Path passwordFile, boolean digestAuth,
                            long firstResultMs, long totalMs, int maxRows, long maxRequestBytes, boolean allowService,
                            boolean admin) {
    public static ServerOptions defaults(int port) {
        return new ServerOptions(port, false, null, false, 10_000, 60_000, 10_000, 1_048_576, false, false);
    }

    public boolean writable() {
        return passwordFile != null;
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(p, loopbackOnly, passwordFile, digestAuth, firstResultMs, totalMs, maxRows,
                maxRequestBytes, allowService, admin);
    }
}
