package org.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.AkhbarException;
import org.akhbar.extract.ArticleReader;
import org.akhbar.rdf.Iris;
import org.akhbar.rdf.RdfOutput;
import org.akhbar.rdf.Vocab;
import org.akhbar.store.Loader;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract RDF from articles (NAME.txt with optional sidecar NAME.json), one named graph per article.",
            "Writes TriG to standard output, or to OUT in the format of its extension (.trig .nq .ttl .nt .jsonld)."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles, or directories searched for *.txt.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file; its extension picks the format.")
    Path output;

    @Option(names = "--format", paramLabel = "FMT", description = "trig, nquads, turtle, ntriples or jsonld (overrides OUT's extension).")
    String format;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() throws IOException {
        Iris iris = new Iris(base);
        Loader loader = Services.loader(iris, maxBytes);
        ArticleReader reader = new ArticleReader(maxBytes, org.akhbar.extract.LanguageCheck.packaged());
        RDFFormat fmt = format != null ? RdfOutput.forName(format) : RdfOutput.forFile(output);
        Dataset ds = DatasetFactory.createTxnMem();
        ds.getDefaultModel().setNsPrefixes(Vocab.prefixes(iris.base()));
        int failures = 0;
        List<Path> files = ArticleReader.collect(inputs);
        for (Path f : files) {
            try {
                var article = reader.read(f);
                Model g = loader.extract(article);
                ds.addNamedModel(iris.graph(article.id()), g);
            } catch (AkhbarException e) {
                failures++;
                System.err.println("akhbar: " + e.getMessage());
            }
        }
        write(ds, fmt);
        if (failures > 0) {
            System.err.printf("akhbar: %d of %d articles failed%n", failures, files.size());
            return 1;
        }
        return 0;
    }

    private void write(Dataset ds, RDFFormat fmt) throws IOException {
        OutputStream out = output == null ? System.out : Files.newOutputStream(output);
        try {
            if (fmt.getLang().equals(org.apache.jena.riot.Lang.JSONLD11) || fmt.getLang().equals(org.apache.jena.riot.Lang.JSONLD)) {
                org.akhbar.rdf.JsonLdOutput.write(ds.asDatasetGraph(), out); // compact, with Akhbar's context
            } else if (RdfOutput.isQuads(fmt)) {
                RDFDataMgr.write(out, ds, fmt);
            } else {
                Model union = ds.getUnionModel();
                union.setNsPrefixes(ds.getDefaultModel().getNsPrefixMap());
                RDFDataMgr.write(out, union, fmt);
            }
        } finally {
            if (output == null) {
                out.flush();
            } else {
                out.close();
            }
        }
    }
}
