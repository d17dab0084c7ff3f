package org.akhbar.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.akhbar.AkhbarException;
import org.akhbar.nlp.SentenceStage;
import org.akhbar.nlp.Vocabulary;

/** SHA-256 of each packaged model, for the provenance of every graph. Computed once. */
public final class ModelChecksums {
    private static volatile Map<String, String> sums;

    private ModelChecksums() {}

    public static Map<String, String> get() {
        Map<String, String> s = sums;
        if (s == null) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String r : new String[] {SentenceStage.MODEL_RESOURCE, ModelRecognizer.MODEL_RESOURCE,
                    LanguageCheck.MODEL_RESOURCE, Vocabulary.RESOURCE}) {
                try (InputStream in = ModelChecksums.class.getClassLoader().getResourceAsStream(r)) {
                    if (in != null) {
                        m.put(r, ArticleReader.sha256(in.readAllBytes()));
                    }
                } catch (IOException e) {
                    throw new AkhbarException.BadData("cannot read " + r + ": " + e.getMessage(), e);
                }
            }
            sums = s = Map.copyOf(m);
        }
        return s;
    }
}
