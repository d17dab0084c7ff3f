package org.akhbar.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.Token;

/**
 * Multi-word phrases looked up over tokens, longest match first. Phrases are stored normalized. The
 * first word is compared with the token's stem (so «وبالقاهرة» matches «القاهرة»); later words with
 * the whole token (a clitic inside a phrase must be in the phrase itself: «الشباب والرياضة»).
 */
public final class PhraseIndex<T> {
    /** A match: tokens [start, end) and the value. */
    public record Match<T>(int start, int end, T value, String phrase) {
        public int length() {
            return end - start;
        }
    }

    private record Entry<T>(String[] words, T value, String phrase) {}

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final boolean definiteToo;

    /** @param definiteToo also match each phrase with the article added to its first word («رئيس» → «الرئيس») */
    public PhraseIndex(boolean definiteToo) {
        this.definiteToo = definiteToo;
    }

    public void put(String phrase, T value) {
        String key = ArabicNormalizer.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        add(key.split(" "), value, phrase);
        if (definiteToo && !key.startsWith("ال")) {
            String[] w = key.split(" ");
            w[0] = "ال" + w[0];
            add(w, value, phrase);
            // noun-adjective agreement: «مؤتمر صحافي» → «المؤتمر الصحافي»
            String[] all = key.split(" ");
            for (int i = 0; i < all.length; i++) {
                if (!all[i].startsWith("ال")) {
                    all[i] = "ال" + all[i];
                }
            }
            add(all, value, phrase);
        }
    }

    private void add(String[] words, T value, String phrase) {
        List<Entry<T>> l = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        for (Entry<T> e : l) {
            if (java.util.Arrays.equals(e.words, words) && (e.value.equals(value) || e.phrase.equals(phrase))) {
                return;
            }
        }
        // several entries may share a normalized key («عمان» Oman, «عمّان» Amman): the first listed is
        // the default reading, an exact written form picks another (see longestAt)
        l.add(new Entry<>(words, value, phrase));
        l.sort(Comparator.comparingInt((Entry<T> e) -> -e.words.length));
    }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i, int limit) {
        List<Entry<T>> candidates = byFirst.get(tokens.get(i).norm());
        if (candidates == null) {
            return null;
        }
        Entry<T> best = null;
        for (Entry<T> e : candidates) {
            int n = e.words.length;
            if (i + n > limit || best != null && n < best.words.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = e.words[k].equals(tokens.get(i + k).normWord());
            }
            if (!ok) {
                continue;
            }
            if (best == null) {
                best = e;
            } else if (writtenAs(tokens, i, n, e.phrase) && !writtenAs(tokens, i, n, best.phrase)) {
                best = e;
            }
        }
        return best == null ? null : new Match<>(i, i + best.words.length, best.value, best.phrase);
    }

    /** True if tokens [i, i+n) are written exactly as {@code phrase} (diacritics such as shadda included). */
    private static boolean writtenAs(List<Token> tokens, int i, int n, String phrase) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (k == i) {
                w = w.substring(w.length() - Math.min(w.length(), t.stemSpan().length()));
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.replace("\u0640", ""));
        }
        return sb.toString().equals(phrase.replace("\u0640", "").trim());
    }

    /** All value lists for an exact single key (no token context), e.g. to test a normalized word. */
    public T get(String phrase) {
        String key = ArabicNormalizer.key(phrase);
        List<Entry<T>> l = byFirst.get(key.split(" ")[0]);
        if (l == null) {
            return null;
        }
        String[] w = key.split(" ");
        for (Entry<T> e : l) {
            if (java.util.Arrays.equals(e.words, w)) {
                return e.value;
            }
        }
        return null;
    }

    public boolean containsFirstWord(String normalizedWord) {
        return byFirst.containsKey(normalizedWord);
    }
}
