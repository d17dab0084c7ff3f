package org.akhbar.store;

import java.io.IOException;
import java.nio.file.Path;
import org.akhbar.AkhbarException;
import org.akhbar.rdf.AK;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text configuration of the store: labels, alternative labels and statement texts in a
 * Lucene index with {@link ArabicSearchAnalyzer}. Each entry records its graph and a uid, so that
 * replacing or removing an article's graph removes exactly its entries.
 */
public final class TextIndexing {
    public static final String FIELD_LABEL = "label";

    private TextIndexing() {}

    public static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD_LABEL, RDFS.label);
        def.set("alt", SKOS.altLabel.asNode());
        def.set("text", AK.text.asNode());
        def.setGraphField("graph");
        def.setUidField("uid");
        TextIndexConfig c = new TextIndexConfig(def);
        ArabicSearchAnalyzer a = new ArabicSearchAnalyzer();
        c.setAnalyzer(a);
        c.setQueryAnalyzer(a);
        c.setValueStored(false); // hits are resources; the literals are in the store
        return c;
    }

    /** The Lucene directory beside a TDB2 store directory: {@code DIR-text}. */
    public static Path directoryFor(Path db) {
        return db.resolveSibling(db.getFileName() + "-text");
    }

    static Directory open(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new AkhbarException.StoreError("cannot open the text index at " + dir + ": " + e.getMessage(), e);
        }
    }
}
