package org.akhbar.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.akhbar.eval.Gold;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Token;

/**
 * Places the gold entities of an article on its tokens: every occurrence of a gold name or alias
 * (compared normalized, the first word on its stem so «وبوتين» counts) becomes a typed span. This is
 * how the name finder's training data is made from the corpus — by code, not by hand.
 */
public final class GoldProjection {
    /** A gold name found over tokens [start, end) of a sentence (relative to the sentence). */
    public record Name(int start, int end, String type) {}

    private record Form(String[] words, String type) {}

    private final List<Form> forms = new ArrayList<>();

    public GoldProjection(Gold gold) {
        for (Gold.GoldEntity e : gold.entities()) {
            for (String f : e.forms()) {
                String k = ArabicNormalizer.key(f);
                if (!k.isEmpty()) {
                    forms.add(new Form(k.split(" "), e.types().get(0)));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.words.length));
    }

    public List<Name> names(List<Token> tokens, Sentence s) {
        List<Name> out = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Form hit = null;
            int end = i;
            for (Form f : forms) {
                end = match(tokens, i, s.endToken(), f.words);
                if (end > 0) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            out.add(new Name(i - s.firstToken(), end - s.firstToken(), hit.type));
            i = end;
        }
        return out;
    }

    /** End token of the form matched at i (punctuation inside names such as «_» skipped), or -1. */
    private static int match(List<Token> tokens, int i, int limit, String[] words) {
        int k = i;
        for (int w = 0; w < words.length; w++) {
            while (w > 0 && k < limit && tokens.get(k).isPunct()) {
                k++;
            }
            if (k >= limit) {
                return -1;
            }
            Token t = tokens.get(k);
            String have = w == 0 ? t.norm() : t.normWord();
            if (!have.equals(words[w])) {
                return -1;
            }
            k++;
        }
        return k;
    }
}
