package org.akhbar.rdf;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.akhbar.AkhbarException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Output formats by file extension, as the CLI contract says: TriG by default, N-Quads for .nq … */
public final class RdfOutput {
    private RdfOutput() {}

    /** The dataset format for a file name; TriG when there is no file. */
    public static RDFFormat forFile(Path file) {
        if (file == null) {
            return RDFFormat.TRIG_PRETTY;
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".trig")) {
            return RDFFormat.TRIG_PRETTY;
        }
        if (n.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        if (n.endsWith(".ttl")) {
            return RDFFormat.TURTLE_PRETTY;
        }
        if (n.endsWith(".nt")) {
            return RDFFormat.NTRIPLES;
        }
        if (n.endsWith(".jsonld") || n.endsWith(".json")) {
            return RDFFormat.JSONLD11;
        }
        throw new AkhbarException.BadInput("unknown output format for " + file
                + ": use .trig, .nq, .ttl, .nt or .jsonld");
    }

    /** The format named by --format. */
    public static RDFFormat forName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nquads", "nq" -> RDFFormat.NQUADS;
            case "turtle", "ttl" -> RDFFormat.TURTLE_PRETTY;
            case "ntriples", "nt" -> RDFFormat.NTRIPLES;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new AkhbarException.BadInput("unknown format '" + name
                    + "': use trig, nquads, turtle, ntriples or jsonld");
        };
    }

    /** True if the format holds named graphs. */
    public static boolean isQuads(RDFFormat f) {
        Lang l = f.getLang();
        return l.equals(Lang.TRIG) || l.equals(Lang.NQUADS) || l.equals(Lang.JSONLD11) || l.equals(Lang.JSONLD);
    }

    public static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new AkhbarException("cannot write output: " + e.getMessage(), e);
        }
    }
}
