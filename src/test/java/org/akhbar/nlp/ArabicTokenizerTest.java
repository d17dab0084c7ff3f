package org.akhbar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
    private static final Set<String> KNOWN = Set.of("بوتين", "غوتيريش", "القاهره", "الرييس", "وزير", "الرئيس", "لبنان");
    private final ArabicTokenizer tokenizer = new ArabicTokenizer(KNOWN::contains);

    private Token only(String text) {
        List<Token> t = tokenizer.tokenize(text);
        assertEquals(1, t.size(), t.toString());
        return t.get(0);
    }

    @Test
    void splitsConjunctionsAndPrepositionsFromKnownNames() {
        String text = "وبوتين";
        Token t = only(text);
        assertEquals("و", t.prefix());
        assertEquals("بوتين", t.norm());
        assertEquals("بوتين", t.stemSpan().of(text));
        assertEquals("غوتيريش", only("لغوتيريش").norm());
        Token cairo = only("بالقاهرة");
        assertEquals("ب", cairo.prefix());
        assertEquals("القاهره", cairo.norm());
    }

    @Test
    void restoresTheArticleAfterLam() {
        Token t = only("للرئيس");
        assertEquals("ل", t.prefix());
        assertEquals("الرئيس", t.norm());
        assertEquals("لرئيس", t.stemSpan().of("للرئيس"));
    }

    @Test
    void keepsWordsWhoseFirstLetterOnlyLooksLikeAClitic() {
        assertEquals("", only("وزير").prefix());
        assertEquals("", only("لبنان").prefix());
        assertEquals("", only("بوتين").prefix());
    }

    @Test
    void anUnseenNameLosesItsCliticWhenTheArticleUsesItAlone() {
        List<Token> t = tokenizer.tokenize("قال بيلاوسوف إن وبيلاوسوف");
        assertEquals("بيلاوسوف", t.get(3).norm());
        assertEquals("و", t.get(3).prefix());
    }

    @Test
    void separatesPunctuationQuotesAndNumbers() {
        List<Token> t = tokenizer.tokenize("قال: \"نعم\"، في 2.5 ساعة.");
        assertEquals(List.of("قال", ":", "\"", "نعم", "\"", "،", "في", "2.5", "ساعه", "."),
                t.stream().map(Token::norm).toList());
        assertTrue(t.get(7).kind() == Token.Kind.NUMBER);
    }

    @Test
    void vanAfterAGivenNameIsANameParticleButFaInnaWithItsHamzaIsSplit() {
        ArabicTokenizer t = new ArabicTokenizer(KNOWN::contains, KNOWN::contains, w -> w.equals("لورا"));
        List<Token> tokens = t.tokenize("وقالت لورا فان دايك، فإن الرئيس");
        assertEquals("فان", tokens.get(2).norm());
        assertEquals("", tokens.get(2).prefix());
        assertEquals("ف", tokens.get(5).prefix());
        assertEquals("ان", tokens.get(5).norm());
    }

    @Test
    void faStaysOnAWordKnownOnlyAsAName() {
        ArabicTokenizer t = new ArabicTokenizer(w -> KNOWN.contains(w) || w.equals("لوريان"), KNOWN::contains, w -> false,
                w -> false, w -> w.equals("لوريان"));
        Token florian = t.tokenize("فلوريان").get(0);
        assertEquals("", florian.prefix());
        assertEquals("فلوريان", florian.norm());
    }
}
