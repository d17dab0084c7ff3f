package org.akhbar.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.akhbar.AkhbarException;
import org.akhbar.Version;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.ModelChecksums;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Extraction;
import org.akhbar.rdf.GazetteerGraph;
import org.apache.jena.rdf.model.Model;

/**
 * Reads, extracts and stores articles, one transaction per article. A bad article is reported and
 * skipped; the others of the batch still load, and nothing already stored is touched by a failure.
 */
public final class Loader {
    /** What happened to one file. */
    public record Outcome(Path file, String id, long triples, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final ArticleReader reader;
    private final Extractor extractor;
    private final DocumentMapper mapper;

    public Loader(ArticleReader reader, Extractor extractor, DocumentMapper mapper) {
        this.reader = reader;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /** Extracts one article into its graph. */
    public Model extract(Article a) {
        Instant start = Instant.now();
        NewsDocument d = extractor.process(a);
        return mapper.map(d, new Extraction(Version.get(), ModelChecksums.get(), start, Instant.now(), a.sha256()));
    }

    /** Loads every article under {@code inputs}; {@code progress} receives one line per file. */
    public List<Outcome> load(List<Path> inputs, Store store, Consumer<String> progress) {
        ensureGazetteer(store);
        List<Path> files = ArticleReader.collect(inputs);
        List<Outcome> out = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            Outcome o;
            try {
                Article a = reader.read(f);
                Model g = extract(a);
                store.replaceArticle(a.id(), g);
                o = new Outcome(f, a.id(), g.size(), null);
                progress.accept(String.format("[%d/%d] %s: %d triples", i, files.size(), a.id(), g.size()));
            } catch (AkhbarException e) {
                o = new Outcome(f, null, 0, e.getMessage());
                progress.accept(String.format("[%d/%d] error: %s", i, files.size(), e.getMessage()));
            }
            out.add(o);
        }
        return out;
    }

    /** Loads the gazetteer graph if it is missing. */
    public void ensureGazetteer(Store store) {
        String g = store.iris().gazetteerGraph();
        if (!store.containsGraph(g)) {
            store.replaceGraph(g, GazetteerGraph.build(Gazetteer.get(), store.iris()));
        }
    }
}
