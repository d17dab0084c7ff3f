package org.akhbar.nlp;

/**
 * One whitespace/punctuation-delimited word of the article, with its proclitics split off.
 * «وبالقاهرة» is one token with {@code prefix} "وب", {@code stem} «القاهرة» and {@code stemSpan}
 * covering only «القاهرة», so a name found on the stem maps back to exactly its characters.
 *
 * @param index     position in the document's token list
 * @param span      the whole word in the original text
 * @param stemSpan  the word without its proclitics
 * @param text      the whole word as written
 * @param normWord  the whole word normalized, clitics included
 * @param prefix    the normalized proclitics («و», «ب», «وب», «ل» for «لل»), empty if none
 * @param norm      the normalized stem used for every lookup («للرئيس» → «الرييس», the elided alef restored)
 * @param kind      what sort of token this is
 * @param sentence  index of the sentence that holds it
 */
public record Token(int index, Span span, Span stemSpan, String text, String normWord, String prefix, String norm,
                    Kind kind, int sentence) {

    public enum Kind { WORD, NUMBER, LATIN, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD || kind == Kind.LATIN;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String normalizedForm) {
        return norm.equals(normalizedForm);
    }

    public boolean hasPrefix() {
        return !prefix.isEmpty();
    }

    /** The stem as written in the article (a substring of the original text). */
    public String stem(CharSequence documentText) {
        return stemSpan.of(documentText);
    }

    public Token withSentence(int sentenceIndex) {
        return new Token(index, span, stemSpan, text, normWord, prefix, norm, kind, sentenceIndex);
    }
}
