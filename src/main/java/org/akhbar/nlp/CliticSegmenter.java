package org.akhbar.nlp;

import java.util.function.Predicate;

/**
 * Splits the proclitics off an Arabic word: the conjunctions و ف, the prepositions ب ل ك, and لل
 * (ل + the article, whose alef is not written). Suffixes are kept: names do not take them.
 *
 * <p>Which reading is right is decided by what is known, not by the letters alone: «بوتين» and
 * «وزير» are words, «وبوتين» is و + a known word. A word is known if a lexicon, the gazetteer, the
 * corpus vocabulary or — for unseen names — the article itself has it standing alone. Unknown words
 * lose a proclitic only when the article follows it («وال…», «بال…», «لل…»), which is reliable.
 */
public final class CliticSegmenter {
    /** The result: how many normalized letters of the word are clitics, and the normalized stem. */
    public record Split(int prefixLength, String prefix, String stem, boolean restoredAlef) {
        static Split none(String w) {
            return new Split(0, "", w, false);
        }
    }

    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};

    private final Predicate<String> known;
    private final Predicate<String> seenAlone;
    private final Predicate<String> common;
    private final Predicate<String> whole;

    /**
     * @param known     whether a normalized word is known as a word in its own right (lexicons, corpus)
     * @param seenAlone whether the article uses the word without a clitic; vouches for a stem only,
     *                  since every word of the article is trivially "seen"
     */
    public CliticSegmenter(Predicate<String> known, Predicate<String> seenAlone) {
        this(known, seenAlone, known);
    }

    /**
     * @param common whether a word is a known ordinary word; «ك» («as, like») is split off only
     *               before one of these, since it rarely precedes a name («كبرى» is not ك + «بري»)
     */
    public CliticSegmenter(Predicate<String> known, Predicate<String> seenAlone, Predicate<String> common) {
        this(known, seenAlone, common, w -> false);
    }

    /** @param whole whether a word stays whole whatever its first letters (given names: «فادي», «بسام») */
    public CliticSegmenter(Predicate<String> known, Predicate<String> seenAlone, Predicate<String> common,
                           Predicate<String> whole) {
        this.known = known;
        this.seenAlone = seenAlone;
        this.common = common;
        this.whole = whole;
    }

    private boolean knownStem(String stem) {
        return known.test(stem) || seenAlone.test(stem);
    }

    /** Segments a normalized Arabic word. */
    public Split split(String w) {
        if (w.length() < 3 || known.test(w) || whole.test(w)) {
            return Split.none(w);
        }
        Split bestKnown = null;
        Split article = null;
        for (String c : CONJ) {
            for (String p : PREP) {
                String pre = c + p;
                if (pre.isEmpty() || !w.startsWith(pre)) {
                    continue;
                }
                String rest = w.substring(pre.length());
                // ل + ال is written لل: restore the alef so the stem reads «الرئيس».
                if (p.equals("ل") && rest.startsWith("ل") && rest.length() >= 4 && !rest.startsWith("لل")) {
                    String stem = "ا" + rest;
                    Split s = new Split(pre.length(), pre, stem, true);
                    if (knownStem(stem)) {
                        bestKnown = shorterPrefix(bestKnown, s);
                    } else if (article == null) {
                        article = s;
                    }
                    continue;
                }
                // «فكري» is a name, not ف + ك + «ري»: two clitics leave at least three letters
                if (rest.length() < 2 || pre.length() >= 2 && rest.length() < 3 || rest.equals("ال")) {
                    continue;
                }
                Split s = new Split(pre.length(), pre, rest, false);
                if (p.equals("ك") ? common.test(rest) : knownStem(rest) || !p.isEmpty() && isVerbalNoun(rest)) {
                    bestKnown = shorterPrefix(bestKnown, s);
                } else if (rest.startsWith("ال") && rest.length() >= 4
                        && (article == null || s.prefixLength < article.prefixLength)) {
                    article = s;
                }
            }
        }
        if (bestKnown != null) {
            return bestKnown;
        }
        return article != null ? article : Split.none(w);
    }

    /**
     * A verbal noun of the pattern تفعيل («تقنين», «تنظيم», «تطوير»), which names what many bodies
     * are for («الوكالة الوطنية لتقنين المواصلات»): a word of the language even when no list has it.
     */
    static boolean isVerbalNoun(String w) {
        return w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
    }

    private static Split shorterPrefix(Split a, Split b) {
        return a == null || b.prefixLength < a.prefixLength ? b : a;
    }
}
