package org.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.akhbar.AkhbarException;
import org.akhbar.export.CytoscapeJsonWriter;
import org.akhbar.export.GraphMLWriter;
import org.akhbar.export.RelationGraph;
import org.akhbar.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the relationship network of the stored articles for Gephi, yEd or Cytoscape:",
            "people, organizations, places, posts, events, statements and articles, and the links between them.",
            "The gazetteer's background knowledge is left out. Writes to standard output unless -o is given."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FMT", required = true,
            description = "graphml (Gephi, yEd, Cytoscape desktop) or cyjs (Cytoscape.js JSON).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("graphml") && !format.equals("cyjs")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "': use graphml or cyjs");
        }
        if (!Files.isDirectory(store.db)) {
            throw new AkhbarException.BadInput("no store at " + store.db + " (load articles first, or give --db)");
        }
        RelationGraph graph;
        try (Store s = store.open()) {
            graph = RelationGraph.read(s.dataset(), s.iris().gazetteerGraph());
        }
        if (output == null) {
            write(graph, System.out);
            System.out.flush();
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                write(graph, out);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new AkhbarException.BadInput("cannot write " + output + ": no such directory", e);
            }
            System.err.println("akhbar: wrote " + graph.nodes().size() + " nodes and " + graph.edges().size()
                    + " edges to " + output);
        }
        return 0;
    }

    private void write(RelationGraph graph, OutputStream out) {
        if (format.equals("graphml")) {
            GraphMLWriter.write(graph, out);
        } else {
            CytoscapeJsonWriter.write(graph, out);
        }
    }
}
