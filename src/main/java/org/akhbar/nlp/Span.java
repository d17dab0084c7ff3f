package org.akhbar.nlp;

/**
 * A half-open range [begin, end) of UTF-16 char offsets into the original article text.
 * Every annotation carries one, so every fact can be traced to the characters it came from.
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
