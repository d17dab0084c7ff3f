package org.akhbar.cli;

import java.nio.file.Path;
import org.akhbar.rdf.Iris;
import org.akhbar.store.Store;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the store. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path db = Store.DEFAULT_DIR;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    Iris iris() {
        return new Iris(base);
    }

    Store open() {
        return Store.open(db, iris());
    }
}
