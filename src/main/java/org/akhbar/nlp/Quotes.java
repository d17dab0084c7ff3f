package org.akhbar.nlp;

/** Quotation marks of Arabic news text. */
public final class Quotes {
    private Quotes() {}

    public static boolean isOpening(char c) {
        return c == '«' || c == '“' || c == '„' || c == '‹';
    }

    public static boolean isClosing(char c) {
        return c == '»' || c == '”' || c == '›';
    }

    /** Quote marks that open and close alike. */
    public static boolean isSymmetric(char c) {
        return c == '"';
    }

    public static boolean isQuote(char c) {
        return isOpening(c) || isClosing(c) || isSymmetric(c);
    }

    /** The closing mark that matches an opening one. */
    public static char closingFor(char open) {
        switch (open) {
            case '«': return '»';
            case '“': return '”';
            case '„': return '“';
            case '‹': return '›';
            default: return open;
        }
    }
}
