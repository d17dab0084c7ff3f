package org.akhbar.train;

import java.util.List;
import org.akhbar.extract.Words;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.Vocabulary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features that know Arabic news: is the word a given name, a word of a known person,
 * organization or place name, a title, a head noun, a reporting verb, a place adjective, a common
 * word of the corpus? Computed for the word and its neighbours. The tokens the model sees are
 * normalized stems ({@code ModelRecognizer.features}).
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {
    private static volatile Words words;

    /** The knowledge the features read; training sets it explicitly, runtime uses the packaged data. */
    public static void use(Words w) {
        words = w;
    }

    static Words words() {
        Words w = words;
        if (w == null) {
            synchronized (ArabicFeatureGenerator.class) {
                if (words == null) {
                    words = new Words(Lexicon.get(), Gazetteer.get(), Vocabulary.get());
                }
                w = words;
            }
        }
        return w;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Words w = words();
        for (int offset = -2; offset <= 2; offset++) {
            int i = index + offset;
            if (i < 0 || i >= tokens.length) {
                continue;
            }
            for (String f : classes(w, tokens[i])) {
                features.add("ar" + offset + "=" + f);
            }
        }
        if (index > 0) {
            features.add("ar-1,0=" + String.join("+", classes(w, tokens[index - 1])) + "|" + tokens[index]);
        }
    }

    private static List<String> classes(Words w, String t) {
        java.util.ArrayList<String> c = new java.util.ArrayList<>(3);
        Lexicon lex = w.lexicon();
        if (w.gazetteer().firstName(t) != null) {
            c.add("fn");
        }
        if (w.gazetteer().knowsWord(t)) {
            c.add("gz");
        }
        if (lex.titles().containsFirstWord(t)) {
            c.add("title");
        }
        if (lex.head(t) != null) {
            c.add("head-" + lex.head(t).type().label());
        }
        if (lex.reportingVerb(t) != null) {
            c.add("verb");
        }
        if (w.gazetteer().nisba().get(t) != null) {
            c.add("nisba");
        }
        if (lex.isStopword(t)) {
            c.add("stop");
        }
        // Common words come from the lexicon, not from the training split's counts: a feature computed
        // from the training articles would call every training name "seen" and every new name
        // "unseen", and the model would never learn what an unseen word means.
        if (lex.isCommonWord(t)) {
            c.add("common-" + lex.partOfSpeech(t));
        }
        if (t.startsWith("ال")) {
            c.add("def");
        }
        if (c.isEmpty()) {
            c.add("none");
        }
        return c;
    }
}
