package org.akhbar.nlp;

/**
 * Orthographic normalization for matching, never for output. Lucene's
 * {@link org.apache.lucene.analysis.ar.ArabicNormalizer} rules (hamza-carrying alefs and madda to
 * bare alef, alef maqsura to yeh, taa marbuta to heh, tatweel and harakat removed) are applied char by
 * char, so an offset map survives; on top of them alef wasla, Persian yeh/kaf, Arabic-Indic and
 * Eastern Arabic-Indic digits and Arabic decimal separators are folded, and Latin is lower-cased.
 */
public final class ArabicNormalizer {
    private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    private ArabicNormalizer() {}

    /** Normalizes a whole text, keeping the offset map. */
    public static NormalizedText normalizeWithOffsets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                out.append(c);
                origin[n++] = i;
            }
        }
        int[] trimmed = new int[n];
        System.arraycopy(origin, 0, trimmed, 0, n);
        return new NormalizedText(out.toString(), trimmed, s.length());
    }

    /** Normalizes a short string (a name, a lexicon entry) for lookup. */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Normalizes and collapses runs of white space to one space, trimmed: the key of a multi-word name. */
    public static String key(String s) {
        return normalize(s).replaceAll("[\\s\\u00A0_\\-–]+", " ").trim();
    }

    /** The folded form of one char, or 0 if the char is dropped (tatweel, diacritics). */
    static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        switch (c) {
            case '\u0671': return '\u0627';          // alef wasla
            case '\u06CC': return '\u064A';          // Persian yeh
            case '\u06A9': return '\u0643';          // Persian kaf (keheh)
            case '\u066B': return '.';               // Arabic decimal separator
            case '\u066C': return ',';               // Arabic thousands separator
            case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C': return 0; // joiners, direction marks
            default: break;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c < '\u0600' || c > '\u06FF') {
            return c;
        }
        char[] one = {c};
        int len = LUCENE.normalize(one, 1);
        return len == 0 ? 0 : one[0];
    }

    /** True for an Arabic letter (not a digit, mark or punctuation). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FF');
    }

    /** True for harakat, tatweel and other marks that sit inside an Arabic word. */
    public static boolean isArabicMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u06D6' && c <= '\u06ED') || c == '\u200C' || c == '\u200D';
    }
}
