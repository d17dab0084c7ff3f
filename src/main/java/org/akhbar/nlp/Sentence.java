package org.akhbar.nlp;

/**
 * A sentence: its span and its tokens [firstToken, endToken).
 *
 * @param paragraph index of the paragraph (input line) it belongs to
 */
public record Sentence(int index, Span span, int firstToken, int endToken, int paragraph) {
    public int tokenCount() {
        return endToken - firstToken;
    }

    public boolean containsToken(int token) {
        return firstToken <= token && token < endToken;
    }
}
