package org.akhbar.extract;

import java.util.List;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotes;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;

/** Builds {@link Mention}s from token ranges, so every recognizer makes them the same way. */
public final class Mentions {
    private Mentions() {}

    /**
     * A mention over tokens [first, end): the span starts at the first token's stem (leading clitics
     * excluded); quotation marks around or inside the name are left out of its name and key.
     */
    public static Mention of(NewsDocument d, int first, int end, EntityType type, String subtype,
                             Mention.Origin origin, String entryId, double score) {
        List<Token> tokens = d.tokens();
        while (first < end && tokens.get(first).isPunct()) {
            first++;
        }
        while (end > first && tokens.get(end - 1).isPunct()) {
            end--;
        }
        if (end <= first) {
            return null;
        }
        Span span = new Span(tokens.get(first).stemSpan().begin(), tokens.get(end - 1).span().end());
        StringBuilder name = new StringBuilder();
        StringBuilder key = new StringBuilder();
        boolean gap = false;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            gap |= i > first && t.span().begin() > tokens.get(i - 1).span().end();
            if (isQuote(t)) {
                continue;
            }
            if (name.length() > 0 && gap) {
                name.append(' ');
            }
            gap = false;
            name.append(i == first ? t.stem(d.text()) : t.text());
            if (!t.isPunct()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(i == first ? t.norm() : t.normWord());
            }
        }
        return new Mention(span, first, end, type, subtype, name.toString(), key.toString(), origin, entryId, score);
    }

    /** An Arabic or Latin comma. */
    static boolean isComma(Token t) {
        return t.text().equals("،") || t.text().equals(",");
    }

    static boolean isQuote(Token t) {
        return t.isPunct() && t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0));
    }
}
