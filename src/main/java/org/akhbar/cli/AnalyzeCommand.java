package org.akhbar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.DocumentPrinter;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Show what the extractor finds in articles, in readable form (entities, roles, statements, events, dates).")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Override
    public Integer call() {
        Extractor x = Extractor.standard();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged());
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        for (Path f : ArticleReader.collect(inputs)) {
            DocumentPrinter.print(x.process(reader.read(f)), out);
        }
        return 0;
    }
}
