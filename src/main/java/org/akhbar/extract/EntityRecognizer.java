package org.akhbar.extract;

import java.util.List;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;

/**
 * Finds names in one sentence, in the manner of OpenNLP's {@code TokenNameFinder.find(tokens)}.
 * Implementations: {@link GazetteerRecognizer} (known entities), {@link PatternRecognizer} (titles,
 * head nouns, given names) and {@link ModelRecognizer} (the trained OpenNLP name finder); the
 * {@link MentionStage} combines them.
 */
public interface EntityRecognizer {
    List<Mention> find(NewsDocument document, Sentence sentence);
}
