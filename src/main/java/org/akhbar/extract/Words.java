package org.akhbar.extract;

import java.util.List;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.Token;
import org.akhbar.nlp.Vocabulary;

/**
 * Word-level judgements shared by the extractors: is this token a function word, a title, an
 * adjective, a plausible part of a name? Everything is decided from the lexicon, the gazetteer and
 * the corpus vocabulary.
 */
public final class Words {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;

    public Words(Lexicon lexicon, Gazetteer gazetteer, Vocabulary vocabulary) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    public Lexicon lexicon() { return lexicon; }
    public Gazetteer gazetteer() { return gazetteer; }
    public Vocabulary vocabulary() { return vocabulary; }

    /** Name connectors: «عبد الله», «محمد بن سلمان», «أبو مازن», «آل ثاني», «ولد». */
    public static boolean isConnector(Token t) {
        String n = t.normWord();
        return n.equals("بن") || n.equals("ابن") || n.equals("بنت") || n.equals("ابو") || n.equals("ابي")
                || n.equals("ال") || n.equals("عبد") || n.equals("ولد") || n.equals("دي") || n.equals("دو")
                || n.equals("فان") || n.equals("فون") || n.equals("لا") || n.equals("دا") || n.equals("ديل")
                || n.equals("دوس");
    }

    /** A definite adjective such as «الروسي», «العسكرية», «الدولي» (article + nisba ending). */
    /** An indefinite word ending like a nisba adjective: «سعودية», «مالي», «عربي». */
    public static boolean endsLikeAdjective(Token t) {
        String n = t.normWord();
        return t.kind() == Token.Kind.WORD && n.length() >= 3 && (n.endsWith("ي") || n.endsWith("يه"));
    }

    public static boolean looksLikeNisba(Token t) {
        String n = t.normWord();
        return t.kind() == Token.Kind.WORD && n.startsWith("ال") && n.length() >= 5
                && (n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون")
                || n.endsWith("يان") || n.endsWith("يتين") || n.endsWith("يات"));
    }

    public boolean isStopword(Token t) {
        if (!(lexicon.isStopword(t.normWord()) || lexicon.isStopword(t.norm()))) {
            return false;
        }
        // «ألان» (Alan) is not «الآن» (now): no function word is written with «أل»
        if (t.text().startsWith("أل") && gazetteer.firstName(t.norm()) != null) {
            return false;
        }
        // «آنا» (Anna) is not «أنا» (I): a given name written with a hamza form the function word never has
        if (t.norm().startsWith("ا") && gazetteer.firstName(t.norm()) != null && !t.hasPrefix()
                && lexicon.contradictsStopwordHamza(t.norm(), writtenInitial(t))) {
            return false;
        }
        // «علي» (Ali) and «على» (on) fold together; the written yeh tells the name from the preposition
        return !(t.text().endsWith("ي") && gazetteer.firstName(t.norm()) != null);
    }

    public boolean isReportingVerb(Token t) {
        return reportingVerb(t) != null;
    }

    public Lexicon.ReportingVerb reportingVerb(Token t) {
        Lexicon.ReportingVerb v = lexicon.reportingVerb(t.normWord());
        if (v == null) {
            v = lexicon.reportingVerb(t.norm());
        }
        // «ودعا», «فأكد» left whole by the tokenizer because «ودعا» is also a word of its own
        String w = t.normWord();
        if (v == null && t.prefix().isEmpty() && w.length() > 3 && (w.startsWith("و") || w.startsWith("ف"))) {
            v = lexicon.reportingVerb(w.substring(1));
        }
        return v;
    }

    /** Any lexicon word that cannot be part of a name: title, verb, event, head, month, function word. */
    public boolean isLexiconWord(Token t) {
        return lexicon.knowsWord(t.norm()) || lexicon.knowsWord(t.normWord()) || isReportingVerb(t);
    }

    /** A common word of the corpus that is (almost) never part of a name. */
    public boolean isCommonWord(Token t) {
        if (gazetteer.firstName(t.norm()) != null
                || t.norm().startsWith("ا") && lexicon.contradictsCommonHamza(t.norm(), writtenInitial(t))) {
            return false;
        }
        return lexicon.isCommonWord(t.norm()) || vocabulary.isCommonWord(t.norm()) && !gazetteer.knowsWord(t.norm())
                || isInflectedCommonWord(t.norm());
    }

    /**
     * The stem's first letter as written (diacritics and tatweel skipped), or "": all the hamza checks
     * need, read without building a string on this hot path.
     */
    static String writtenInitial(Token t) {
        String w = t.text();
        for (int i = Math.max(0, t.stemSpan().begin() - t.span().begin()); i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= '\u064B' && c <= '\u0652' || c == '\u0640')) {
                return String.valueOf(c);
            }
        }
        return "";
    }

    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "كم", "نا", "ه"};

    /**
     * A common word with a pronoun attached («قوله», «حكومته», «يشهدها»): the common-words list
     * holds bare forms only. A taa marbuta becomes t before a suffix, so «حكومت» + ه is «حكومة».
     */
    public boolean isInflectedCommonWord(String norm) {
        for (String suffix : PRONOUN_SUFFIXES) {
            if (norm.endsWith(suffix) && norm.length() - suffix.length() >= 2) {
                String rest = norm.substring(0, norm.length() - suffix.length());
                if (lexicon.isCommonWord(rest) || rest.endsWith("ت") && lexicon.isCommonWord(rest.substring(0, rest.length() - 1) + "ه")
                        || lexicon.isCommonWord(rest + "ا")) {
                    return gazetteer.firstName(norm) == null && !gazetteer.knowsNameWord(norm);
                }
            }
        }
        return false;
    }

    /** An adjective of a known place or body: «الروسي», «الأميركية», «الأممي». */
    public boolean isPlaceAdjective(Token t) {
        return gazetteer.nisba().get(t.norm()) != null || gazetteer.nisba().get(t.normWord()) != null;
    }

    public boolean isFirstName(Token t, boolean acceptWeak) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        Gazetteer.FirstName f = gazetteer.firstName(t.norm());
        return f != null && (acceptWeak || !f.weak());
    }

    /**
     * Could this token continue a person's name? Unknown words and known name words can; function
     * words, lexicon words, adjectives, common words and punctuation cannot.
     */
    public boolean canBeNamePart(Token t) {
        if (t.kind() != Token.Kind.WORD || t.norm().length() < 2 || DIRECTIONS.contains(t.normWord())) {
            return false;
        }
        if (isStopword(t) || isReportingVerb(t)) {
            return false;
        }
        if (isFirstName(t, true)) {
            return true;
        }
        // titles, heads, months, number words, event nouns: never part of a person's name
        if (isLexiconWord(t) || isPlaceAdjective(t)) {
            return false;
        }
        // a feminine definite adjective («الهندسية») is no family name
        String n = t.norm();
        if (n.startsWith("ال") && n.endsWith("يه")) {
            return false;
        }
        if (gazetteer.knowsWord(n)) {
            return true;
        }
        // «كبير استراتيجيي السلع»: a masculine plural in construct («-يي») is a noun, not a name
        if (!n.startsWith("ال") && n.length() >= 6 && n.endsWith("يي")) {
            return false;
        }
        // «المنصوري» may be a family name; «الاقتصادي» and «النواب» are words the corpus has seen,
        // but never inside a person's name.
        return !isCommonWord(t) && !vocabulary.isNotPersonWord(n);
    }

    /** Compass words: «شرقي القاهرة» places something relative to a place; they never belong to a name. */
    public static final java.util.Set<String> DIRECTIONS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "شمالي",
            "جنوبي", "شرقي", "غربي", "وسط", "شمالا", "جنوبا", "شرقا", "غربا");

    /**
     * A word that can continue the name of a place or an institution after its head noun («ولاية دنيزلي»):
     * as for a person's name, except that a word seen only in place names is welcome.
     */
    public boolean canBeInstitutionNamePart(Token t) {
        if (t.kind() != Token.Kind.WORD || t.norm().length() < 2 || DIRECTIONS.contains(t.normWord())) {
            return false;
        }
        if (isStopword(t) || isReportingVerb(t) || isLexiconWord(t) || isPlaceAdjective(t)) {
            return false;
        }
        if (isFirstName(t, true) || gazetteer.knowsWord(t.norm())) {
            return true;
        }
        String n = t.norm();
        return !(n.startsWith("ال") && n.endsWith("يه")) && !isCommonWord(t);
    }

    /** Tokens [from, to) of a list as a string of their stems' original text. */
    public static String surface(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).stemSpan().begin(), tokens.get(to - 1).span().end());
    }
}
