package org.akhbar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.extract.ArticleReader;
import org.akhbar.server.AkhbarServer;
import org.akhbar.server.ServerOptions;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with embedded Fuseki (SPARQL at /akhbar/sparql).",
            "If the store holds no article yet, the articles of --articles are loaded first."})
final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 3030;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles to load into an empty store (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("data", "articles");

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Jetty password file; enables /akhbar/update, /akhbar/store and /akhbar/upload for its users.")
    Path passwd;

    @Option(names = "--digest", description = "Digest instead of basic authentication for the write endpoints.")
    boolean digest;

    @Option(names = "--timeout", paramLabel = "FIRST,TOTAL",
            description = "Query timeout in seconds, to the first result and overall (default: ${DEFAULT-VALUE}).")
    String timeout = "10,60";

    @Option(names = "--max-rows", paramLabel = "N", description = "Cap on the rows of a query result (default: ${DEFAULT-VALUE}).")
    int maxRows = 10_000;

    @Option(names = "--max-request-bytes", paramLabel = "N", description = "Largest request accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = 1_048_576;

    @Option(names = "--allow-service", description = "Allow SPARQL SERVICE calls to other hosts (refused by default).")
    boolean allowService;

    @Option(names = "--admin", description = "Enable Fuseki's statistics and tasks endpoints under /$/.")
    boolean admin;

    @Override
    public Integer call() {
        Store s = store.open();
        if (s.articleIds().isEmpty() && Files.isDirectory(articles)) {
            System.err.println("akhbar: the store is empty; loading " + articles);
            Loader loader = Services.loader(store.iris(), ArticleReader.DEFAULT_MAX_BYTES);
            loader.load(List.of(articles), s, System.err::println);
        }
        if (passwd != null && !Files.isReadable(passwd)) {
            throw new org.akhbar.AkhbarException.BadInput("cannot read the password file " + passwd);
        }
        String[] t = timeout.split(",");
        long first;
        long total;
        try {
            first = (long) (Double.parseDouble(t[0].trim()) * 1000);
            total = t.length > 1 ? (long) (Double.parseDouble(t[1].trim()) * 1000) : first;
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be FIRST,TOTAL in seconds: " + timeout);
        }
        ServerOptions options = new ServerOptions(port, localhost, passwd, digest, first, total, maxRows, maxRequestBytes,
                allowService, admin);
        AkhbarServer server = AkhbarServer.create(s, options).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            s.close();
        }, "akhbar-shutdown"));
        String base = server.baseUrl();
        System.out.println("Akhbar is serving " + s.articleIds().size() + " articles from " + store.db);
        System.out.println("  SPARQL endpoint:  " + base + AkhbarServer.DATASET + "/sparql");
        System.out.println("  Graph Store (read): " + base + AkhbarServer.DATASET + "/data");
        System.out.println("  Explorer:         " + base + "/");
        System.out.println("  Query editor:     " + base + "/query");
        System.out.println("  Resources:        " + base + "/id/...   Ontology: " + base + "/ontology");
        System.out.println("  Health:           " + base + "/$/ping   Metrics: " + base + "/$/metrics");
        if (passwd != null) {
            System.out.println("  Updates (authenticated): " + base + AkhbarServer.DATASET + "/update");
        }
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}
