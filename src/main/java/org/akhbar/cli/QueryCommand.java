package org.akhbar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.akhbar.AkhbarException;
import org.akhbar.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the store (union of all graphs) or over an RDF file.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY|@file.rq", description = "The query, or @ and a file holding it.")
    String query;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store (default: fuseki/databases/akhbar).")
        Path db;

        @Option(names = "--data", paramLabel = "FILE", description = "An RDF file (TriG, N-Quads, Turtle …) instead of the store.")
        Path data;
    }

    @Option(names = "--format", paramLabel = "FMT", description = "table, json, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Override
    public Integer call() throws IOException {
        String text = query.startsWith("@") ? Files.readString(Path.of(query.substring(1)), StandardCharsets.UTF_8) : query;
        Query q = Store.parse(text);
        try (Store s = open()) {
            s.query(q, qe -> {
                if (q.isSelectType()) {
                    print(qe.execSelect());
                } else if (q.isAskType()) {
                    System.out.println(qe.execAsk());
                } else {
                    RDFDataMgr.write(System.out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(),
                            RDFFormat.TURTLE_PRETTY);
                }
                return null;
            });
        }
        return 0;
    }

    private Store open() {
        org.akhbar.rdf.Iris iris = org.akhbar.rdf.Iris.standard();
        if (source.data != null) {
            Store s = Store.inMemory(iris);
            try {
                org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), source.data.toString()));
            } catch (org.apache.jena.riot.RiotException e) {
                throw new AkhbarException.BadInput(source.data + ": not readable RDF: " + e.getMessage(), e);
            }
            return s;
        }
        return Store.open(source.db != null ? source.db : Store.DEFAULT_DIR, iris);
    }

    private void print(ResultSet rs) {
        switch (format) {
            case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
            case "table" -> ResultSetFormatter.out(System.out, rs);
            default -> throw new AkhbarException.BadInput("unknown --format '" + format + "': use table, json, csv or tsv");
        }
    }
}
