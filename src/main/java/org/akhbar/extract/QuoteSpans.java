package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotes;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;

/**
 * Quoted stretches of a sentence: «…», “…”, and straight "…" paired in order. Each quote is given by
 * the token index of its opening and closing marks.
 */
public final class QuoteSpans {
    /** Tokens open and close are the marks; the words are (open, close). */
    public record Quote(int open, int close, Span inner) {
        public boolean containsToken(int t) {
            return open < t && t < close;
        }
    }

    private QuoteSpans() {}

    public static List<Quote> find(NewsDocument d, Sentence s) {
        List<Token> tokens = d.tokens();
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char expected = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (!Mentions.isQuote(t)) {
                continue;
            }
            char c = t.text().charAt(0);
            if (open < 0) {
                if (Quotes.isOpening(c) || Quotes.isSymmetric(c)) {
                    open = i;
                    expected = Quotes.closingFor(c);
                }
            } else if (c == expected || (Quotes.isClosing(c) && expected != '"')) {
                if (i > open + 1) {
                    Span inner = new Span(tokens.get(open + 1).span().begin(), tokens.get(i - 1).span().end());
                    out.add(new Quote(open, i, inner));
                }
                open = -1;
            }
        }
        return out;
    }

    public static List<Quote> find(NewsDocument d) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            out.addAll(find(d, s));
        }
        return out;
    }

    /** The quote of the list that holds token t, or null. */
    public static Quote enclosing(List<Quote> quotes, int t) {
        for (Quote q : quotes) {
            if (q.containsToken(t)) {
                return q;
            }
        }
        return null;
    }
}
