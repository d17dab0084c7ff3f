package org.akhbar.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed and memory on a set of articles (default: the project corpus).",
            "Reports model load time, ms per article, articles per second and peak heap; one warm-up pass first."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Articles (default: data/corpus).")
    List<Path> inputs = new ArrayList<>(List.of(Path.of("data", "corpus")));

    @Option(names = "--runs", paramLabel = "N", description = "Measured passes over the articles (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--rdf", negatable = true, description = "Include mapping to RDF in each measurement (default: on).")
    boolean rdf = true;

    @Override
    public Integer call() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.standard();
        LanguageCheck language = LanguageCheck.packaged();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, language);
        List<Article> articles = new ArrayList<>();
        long chars = 0;
        for (Path f : ArticleReader.collect(inputs)) {
            Article a = reader.read(f);
            articles.add(a);
            chars += a.text().length();
        }
        DocumentMapper mapper = new DocumentMapper(Iris.standard());
        pass(extractor, mapper, articles); // warm-up: JIT, caches
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            pass(extractor, mapper, articles);
            ms[r] = (System.nanoTime() - s) / 1e6;
        }
        java.util.Arrays.sort(ms);
        double median = ms[runs / 2];
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("articles            %d (%d chars, %.0f on average)%n", articles.size(), chars,
                (double) chars / Math.max(1, articles.size()));
        System.out.printf("model load          %.0f ms (lexicon, gazetteer, OpenNLP models, language detector)%n", loadMs);
        System.out.printf("extraction%s   %.1f ms/article (median of %d passes; best %.1f, worst %.1f)%n",
                rdf ? " + RDF" : "      ", median / articles.size(), runs, ms[0] / articles.size(),
                ms[runs - 1] / articles.size());
        System.out.printf("throughput          %.1f articles/s on one thread%n", articles.size() * 1000 / median);
        System.out.printf("peak heap           %.0f MiB (max %d MiB)%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
        return 0;
    }

    private void pass(Extractor extractor, DocumentMapper mapper, List<Article> articles) {
        for (Article a : articles) {
            var d = extractor.process(a);
            if (rdf) {
                mapper.map(d, null);
            }
        }
    }
}
