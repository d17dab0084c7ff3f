package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the full-text index of the store from its triples.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            long n = s.reindex();
            System.err.printf("akhbar: indexed %d literals of %s%n", n, store.db);
        }
        return 0;
    }
}
