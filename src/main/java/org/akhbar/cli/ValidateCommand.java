package org.akhbar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.akhbar.AkhbarException;
import org.akhbar.rdf.Shapes;
import org.akhbar.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the store (or an RDF file) against the SHACL shapes of ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store (default: fuseki/databases/akhbar).")
        Path db;

        @Option(names = "--data", paramLabel = "FILE", description = "An RDF file instead of the store.")
        Path data;
    }

    @Override
    public Integer call() {
        ValidationReport report;
        if (source.data != null) {
            Graph g;
            try {
                g = RDFDataMgr.loadDataset(source.data.toString()).getUnionModel().getGraph();
            } catch (org.apache.jena.riot.RiotException e) {
                throw new AkhbarException.BadInput(source.data + ": not readable RDF: " + e.getMessage(), e);
            }
            report = Shapes.validate(g);
        } else {
            try (Store s = Store.open(source.db != null ? source.db : Store.DEFAULT_DIR, org.akhbar.rdf.Iris.standard())) {
                report = Txn.calculateRead(s.dataset(), () -> Shapes.validate(s.dataset().getUnionModel().getGraph()));
            }
        }
        if (report.conforms()) {
            System.out.println("Conforms: the data satisfies every shape.");
            return 0;
        }
        ShLib.printReport(System.out, report);
        System.out.printf("%d violations%n", report.getEntries().size());
        return 1;
    }
}
