package org.akhbar.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles (by id: the file name without .txt) and everything extracted from them.")
final class RemoveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID")
    List<String> ids;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        int missing = 0;
        try (Store s = store.open()) {
            for (String id : ids) {
                if (s.removeArticle(id)) {
                    System.err.println("akhbar: removed " + id);
                } else {
                    System.err.println("akhbar: no article " + id + " in " + store.db);
                    missing++;
                }
            }
        }
        return missing == 0 ? 0 : 1;
    }
}
