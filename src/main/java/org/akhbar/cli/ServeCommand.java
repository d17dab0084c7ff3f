package org.akhbar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.extract.ArticleReader;
import org.akhbar.server.AkhbarServer;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with embedded Fuseki (SPARQL at /akhbar/sparql).",
            "If the store holds no article yet, the articles of --articles are loaded first."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 3030;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles to load into an empty store (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("data", "articles");

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Override
    public Integer call() {
        Store s = store.open();
        if (s.articleIds().isEmpty() && Files.isDirectory(articles)) {
            System.err.println("akhbar: the store is empty; loading " + articles);
            Loader loader = Services.loader(store.iris(), ArticleReader.DEFAULT_MAX_BYTES);
            loader.load(List.of(articles), s, System.err::println);
        }
        AkhbarServer server = AkhbarServer.create(s, port, localhost).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            s.close();
        }, "akhbar-shutdown"));
        String base = server.baseUrl();
        System.out.println("Akhbar is serving " + s.articleIds().size() + " articles from " + store.db);
        System.out.println("  SPARQL endpoint:  " + base + AkhbarServer.DATASET + "/sparql");
        System.out.println("  Graph Store (read): " + base + AkhbarServer.DATASET + "/data");
        System.out.println("  Health:           " + base + "/$/ping");
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}
