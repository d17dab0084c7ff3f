package org.akhbar.nlp;

/**
 * A normalized copy of a text that remembers, for every normalized char, where it came from, so a
 * match found on the normalized text maps back to the exact original characters.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;      // origin[i] = original offset of normalized char i
    private final int originalLength;

    NormalizedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public String text() {
        return text;
    }

    /** Original offset of normalized offset {@code i}; {@code i == length()} maps to the original end. */
    public int toOriginal(int i) {
        return i >= origin.length ? originalLength : origin[i];
    }

    /** The original span covering normalized chars [begin, end). */
    public Span toOriginal(int begin, int end) {
        if (begin == end) {
            int o = toOriginal(begin);
            return new Span(o, o);
        }
        return new Span(toOriginal(begin), origin[end - 1] + 1);
    }
}
