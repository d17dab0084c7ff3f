package org.akhbar.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.akhbar.AkhbarException;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.nlp.ArticleMetadata;

/**
 * Runs the extractor over the articles of a directory that have a {@code *.gold.json} and adds up
 * the scores. The article is the gold file's {@code article}; its sidecar gives the metadata, or,
 * when there is none, the gold file's {@code meta}.
 */
public final class EvalRunner {
    private final Extractor extractor;
    private final ArticleReader reader;

    public EvalRunner(Extractor extractor) {
        this.extractor = extractor;
        this.reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, new LanguageCheck(null));
    }

    public Evaluation run(List<Path> dirs) {
        Evaluation total = new Evaluation();
        Evaluator evaluator = new Evaluator();
        for (Path g : goldFiles(dirs)) {
            Gold gold = Gold.read(g);
            Path text = g.resolveSibling(gold.article());
            if (!Files.isRegularFile(text)) {
                throw new AkhbarException.BadData(g + ": its article " + gold.article() + " is not beside it");
            }
            Article a = reader.read(text);
            if (a.metadata().equals(ArticleMetadata.EMPTY) && gold.published() != null) {
                a = new Article(a.id(), a.text(), new ArticleMetadata(null, java.time.LocalDate.parse(gold.published()),
                        null, null, "ar"), a.source(), a.sha256());
            }
            total.add(evaluator.evaluate(gold, extractor.process(a)));
        }
        return total;
    }

    static List<Path> goldFiles(List<Path> dirs) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path d : dirs) {
            if (Files.isRegularFile(d)) {
                out.add(d);
                continue;
            }
            if (!Files.isDirectory(d)) {
                throw new AkhbarException.BadInput("no such directory: " + d);
            }
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new AkhbarException.BadInput("cannot list " + d + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new AkhbarException.BadInput("no *.gold.json files in " + dirs);
        }
        return out;
    }

    /** The report: P/R/F1 per category, accuracies, then (optionally) every miss. */
    public static void print(Evaluation e, PrintStream out, boolean misses) {
        out.printf("Evaluated %d articles%n%n", e.articles());
        out.printf("%-22s %7s %7s %7s   %5s %5s %5s%n", "category", "P", "R", "F1", "TP", "FP", "FN");
        for (String c : Evaluation.CATEGORIES) {
            Counts k = e.counts(c);
            out.printf("%-22s %7.3f %7.3f %7.3f   %5d %5d %5d%n", c, k.precision(), k.recall(), k.f1(),
                    k.truePositives(), k.falsePositives(), k.falseNegatives());
        }
        out.println();
        out.printf("%-22s %7s   %s%n", "accuracy", "value", "correct/total");
        for (String a : Evaluation.ACCURACIES) {
            Accuracy k = e.accuracy(a);
            out.printf("%-22s %7.3f   %d/%d%n", a, k.value(), k.correct(), k.total());
        }
        if (misses && !e.misses().isEmpty()) {
            out.printf("%nMisses and spurious findings (%d):%n", e.misses().size());
            for (String m : e.misses()) {
                out.println("  " + m);
            }
        }
    }
}
