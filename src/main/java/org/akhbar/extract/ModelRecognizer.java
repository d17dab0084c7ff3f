package org.akhbar.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.AkhbarException;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Token;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP {@link NameFinderME} trained by the build on the project corpus (see
 * {@code org.akhbar.nlp.train.TrainModels}). It reads the normalized stems of a sentence, so its
 * features see «بوتين» in «وبوتين». Low-probability names are dropped.
 */
public final class ModelRecognizer implements EntityRecognizer {
    public static final String MODEL_RESOURCE = "models/ar-ner.bin";

    private final TokenNameFinderModel model;
    private final double threshold;
    private final Words words;

    public ModelRecognizer(TokenNameFinderModel model, double threshold, Words words) {
        this.model = model;
        this.threshold = threshold;
        this.words = words;
    }

    /** The packaged model, or null if the build has not trained one. */
    public static TokenNameFinderModel packagedModel() {
        try (InputStream in = ModelRecognizer.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            return in == null ? null : new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The tokens the model sees: normalized stems, punctuation as is. */
    public static String[] features(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).norm().isEmpty() ? tokens.get(i).text() : tokens.get(i).norm();
        }
        return out;
    }

    /**
     * A name must start and end with a word that is no function word, verb or lexicon word, and
     * hold at least one word that is not a common word of the corpus.
     */
    private boolean plausible(List<Token> t) {
        Token first = t.get(0);
        Token last = t.get(t.size() - 1);
        if (!first.isWord() || !last.isWord() || words.isStopword(first) || words.isStopword(last)
                || words.isReportingVerb(first) || words.isReportingVerb(last)) {
            return false;
        }
        for (Token x : t) {
            if (x.isWord() && !words.isLexiconWord(x) && !words.isCommonWord(x)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Mention> find(NewsDocument d, Sentence s) {
        // NameFinderME keeps adaptive state and is not thread-safe: one per call.
        NameFinderME finder = new NameFinderME(model);
        List<Token> tokens = d.tokensOf(s);
        List<Mention> out = new ArrayList<>();
        for (Span span : finder.find(features(tokens))) {
            if (span.getProb() < threshold) {
                continue;
            }
            EntityType type = EntityType.parse(span.getType());
            Mention m = Mentions.of(d, s.firstToken() + span.getStart(), s.firstToken() + span.getEnd(), type, "",
                    Mention.Origin.MODEL, null, span.getProb());
            if (m != null && plausible(d.tokens().subList(m.firstToken(), m.endToken()))) {
                out.add(m);
            }
        }
        return out;
    }
}
