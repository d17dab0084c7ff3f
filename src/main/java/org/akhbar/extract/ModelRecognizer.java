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

    public ModelRecognizer(TokenNameFinderModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
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
            if (m != null && d.tokens().get(m.firstToken()).isWord()) {
                out.add(m);
            }
        }
        return out;
    }
}
