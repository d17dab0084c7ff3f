package org.akhbar.extract;

import java.util.List;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.NormalizeStage;
import org.akhbar.nlp.Pipeline;
import org.akhbar.nlp.SentenceStage;
import org.akhbar.nlp.TokenizeStage;
import org.akhbar.nlp.Vocabulary;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The whole extraction pipeline, assembled once (models and data loaded once) and safe to share
 * between threads: every stage keeps its per-document state local.
 */
public final class Extractor {
    private final Pipeline pipeline;

    private Extractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Minimum probability of a name the statistical model proposes (system property {@code akhbar.ner.threshold}). */
    static final double NER_THRESHOLD = Double.parseDouble(System.getProperty("akhbar.ner.threshold", "0.5"));

    /** The pipeline with the packaged lexicon, gazetteer, vocabulary and trained models. */
    public static Extractor standard() {
        TokenNameFinderModel ner = NER_THRESHOLD > 1 ? null : ModelRecognizer.packagedModel();
        Words words = new Words(Lexicon.get(), Gazetteer.get(), Vocabulary.get());
        return create(Lexicon.get(), Gazetteer.get(), Vocabulary.get(),
                ner == null ? null : new ModelRecognizer(ner, NER_THRESHOLD, words), SentenceStage.packagedModel());
    }

    public static Extractor create(Lexicon lexicon, Gazetteer gazetteer, Vocabulary vocabulary, EntityRecognizer model,
                                   opennlp.tools.sentdetect.SentenceModel sentenceModel) {
        Words words = new Words(lexicon, gazetteer, vocabulary);
        Pipeline p = Pipeline.builder()
                .add(new NormalizeStage())
                .add(new TokenizeStage(lexicon, gazetteer, vocabulary))
                .add(new SentenceStage(sentenceModel))
                .add(new TimexStage(lexicon))
                .add(new MentionStage(List.of(new GazetteerRecognizer(gazetteer, words), new PatternRecognizer(words)), model, words.lexicon(),
                        w -> gazetteer.firstName(w) != null))
                .add(new EntityStage(gazetteer))
                .add(new RoleStage(words))
                .add(new CorefStage(words))
                .add(new ContainmentStage(words))
                .add(new EventStage(lexicon))
                .add(new QuotationStage(words))
                .build();
        return new Extractor(p);
    }

    public NewsDocument process(Article article) {
        return pipeline.process(NewsDocument.of(article.id(), article.text(), article.metadata()));
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
