package org.akhbar.nlp;

import java.util.HashMap;
import java.util.Map;
import org.akhbar.lexicon.Tsv;

/**
 * Word statistics of the project corpus (train split), computed at build time by
 * {@code TrainModels} into {@code models/vocabulary.tsv}: how often a normalized word occurs, and how
 * often inside a name. The tokenizer uses it to tell a clitic from a root letter, the recognizers to
 * tell a common word from a name.
 */
public final class Vocabulary {
    public record Stats(int count, int inName, int inPerson) {
        /** Share of occurrences inside names. */
        public double nameRate() {
            return count == 0 ? 0 : (double) inName / count;
        }
    }

    public static final String RESOURCE = "models/vocabulary.tsv";
    private static final Stats UNSEEN = new Stats(0, 0, 0);
    private static volatile Vocabulary instance;

    private final Map<String, Stats> stats = new HashMap<>();

    private Vocabulary() {}

    public static Vocabulary get() {
        Vocabulary v = instance;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (instance == null) {
                    Vocabulary nv = new Vocabulary();
                    for (Tsv.Row r : Tsv.optionalResource(RESOURCE)) {
                        nv.stats.put(r.get("word"), new Stats(Integer.parseInt(r.get("count")),
                                Integer.parseInt(r.get("in_name")), Integer.parseInt(r.get("in_person"))));
                    }
                    instance = nv;
                }
                v = instance;
            }
        }
        return v;
    }

    public static Vocabulary of(Map<String, Stats> stats) {
        Vocabulary v = new Vocabulary();
        v.stats.putAll(stats);
        return v;
    }

    public Stats stats(String norm) {
        return stats.getOrDefault(norm, UNSEEN);
    }

    public boolean contains(String norm) {
        return stats.containsKey(norm);
    }

    /** A word seen often and (almost) never inside a name: a common word, not part of a name. */
    public boolean isCommonWord(String norm) {
        Stats s = stats(norm);
        return s.count >= 2 && s.nameRate() < 0.1;
    }

    /** A word seen and (almost) never inside a person's name: it does not continue one. */
    public boolean isNotPersonWord(String norm) {
        Stats s = stats(norm);
        return s.count >= 2 && s.inPerson * 10 < s.count;
    }

    public int size() {
        return stats.size();
    }
}
