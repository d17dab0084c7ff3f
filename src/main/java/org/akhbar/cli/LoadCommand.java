package org.akhbar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.extract.ArticleReader;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract articles and store them in TDB2, one named graph per article.",
            "Loading an article again replaces its graph; a bad article is reported and the rest still load."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles, or directories searched for *.txt.")
    List<Path> inputs;

    @Mixin
    StoreOptions store;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        Loader loader = Services.loader(store.iris(), maxBytes);
        try (Store s = store.open()) {
            List<Loader.Outcome> outcomes = loader.load(inputs, s, System.err::println);
            long ok = outcomes.stream().filter(Loader.Outcome::ok).count();
            System.err.printf("akhbar: loaded %d of %d articles into %s (%d quads in the store)%n", ok, outcomes.size(),
                    store.db, s.size());
            return ok == outcomes.size() ? 0 : 1;
        }
    }
}
