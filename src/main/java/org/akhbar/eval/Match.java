package org.akhbar.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.nlp.ArabicNormalizer;

/** How gold and predicted strings are compared: normalized, with documented leniency. */
final class Match {
    private Match() {}

    static String key(String s) {
        return ArabicNormalizer.key(s.replaceAll("[\"«»“”„()\\[\\]]", " "));
    }

    static List<String> words(String s) {
        String k = key(s).replaceAll("[،,.:؛!؟?]", " ").trim();
        return k.isEmpty() ? List.of() : Arrays.asList(k.split("\\s+"));
    }

    /**
     * Two names of one entity: equal when normalized, or one is the other with up to two words more
     * at either end («وكالة تاس الروسية» ~ «وكالة تاس»), sharing a word of three letters or more.
     */
    static int nameScore(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return 2;
        }
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = wa.size() <= wb.size() ? wb : wa;
        if (shorter.isEmpty() || longer.size() - shorter.size() > 2) {
            return 0;
        }
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            if (longer.subList(i, i + shorter.size()).equals(shorter)
                    && shorter.stream().anyMatch(w -> stripArticle(w).length() >= 3)) {
                return 1;
            }
        }
        return 0;
    }

    static String stripArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** Word-overlap F1 of two quotations (article-insensitive). */
    static double overlap(String a, String b) {
        List<String> wa = new ArrayList<>(words(a).stream().map(Match::stripArticle).toList());
        List<String> wb = new ArrayList<>(words(b).stream().map(Match::stripArticle).toList());
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        int common = 0;
        List<String> pool = new ArrayList<>(wb);
        for (String w : wa) {
            if (pool.remove(w)) {
                common++;
            }
        }
        double p = (double) common / wa.size();
        double r = (double) common / wb.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Two titles of one post: one contains the other, or they share at least half their words. */
    static boolean sameTitle(String a, String b) {
        Set<String> wa = new HashSet<>(words(a).stream().map(Match::stripArticle).toList());
        Set<String> wb = new HashSet<>(words(b).stream().map(Match::stripArticle).toList());
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (wa.containsAll(wb) || wb.containsAll(wa)) {
            return true;
        }
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return inter.size() * 2 >= union.size();
    }
}
