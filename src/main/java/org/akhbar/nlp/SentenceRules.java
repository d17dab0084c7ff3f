package org.akhbar.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based sentence boundaries inside one paragraph: after . ! ? ؟ ؛ … (and any closing quote or
 * bracket right after them) when white space follows, never inside a quotation, never after an
 * abbreviation such as «د.». Used to make the training data of the OpenNLP sentence model, and
 * as the fallback when no model is packaged.
 */
public final class SentenceRules {
    public static final char[] EOS = {'.', '!', '?', '؟', '؛', '…'};

    private SentenceRules() {}

    public static boolean isEos(char c) {
        for (char e : EOS) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    /** Sentence spans of {@code text} (one paragraph), relative to it. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, 0);
        int depth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Quotes.isOpening(c)) {
                depth++;
            } else if (Quotes.isClosing(c)) {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straightOpen = !straightOpen;
            }
            if (!isEos(c) || depth > 0 || straightOpen || isAbbreviation(text, i)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (isEos(text.charAt(end)) || Quotes.isClosing(text.charAt(end))
                    || text.charAt(end) == ')' || text.charAt(end) == '"' && !straightOpen)) {
                end++;
            }
            if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
            start = skipSpace(text, end);
            i = end - 1;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
        return out;
    }

    /** A period after a one-letter word («د.», «م.») or between digits is not an end of sentence. */
    static boolean isAbbreviation(String text, int i) {
        if (text.charAt(i) != '.') {
            return false;
        }
        if (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            return true;
        }
        int j = i - 1;
        while (j >= 0 && ArabicNormalizer.isArabicMark(text.charAt(j))) {
            j--;
        }
        return j >= 0 && Character.isLetter(text.charAt(j)) && (j == 0 || !Character.isLetter(text.charAt(j - 1)));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
