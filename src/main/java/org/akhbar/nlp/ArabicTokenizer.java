package org.akhbar.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits text into word, number, Latin and punctuation tokens and separates proclitics
 * ({@link CliticSegmenter}). Offsets always refer to the original text.
 */
public final class ArabicTokenizer {
    private final Predicate<String> knownWord;
    private final Predicate<String> commonWord;
    private final Predicate<String> wholeWord;

    public ArabicTokenizer(Predicate<String> knownWord) {
        this(knownWord, knownWord);
    }

    public ArabicTokenizer(Predicate<String> knownWord, Predicate<String> commonWord) {
        this(knownWord, commonWord, w -> false);
    }

    /**
     * @param knownWord  a word known in its own right (lexicons, names, corpus)
     * @param commonWord a known ordinary word (lexicons, corpus), not a name
     */
    /**
     * @param wholeWord  a word never split although its first letters could be clitics: given names
     *                   («فادي», «بسام», «كمال», «فراس» are not ف/ب/ك + a word). They do not vouch
     *                   for a stem, though: «فعلاً» is not ف + the name «علا».
     */
    public ArabicTokenizer(Predicate<String> knownWord, Predicate<String> commonWord, Predicate<String> wholeWord) {
        this(knownWord, commonWord, wholeWord, w -> false);
    }

    /**
     * @param announcesName a word after which a name follows («الشيخة», «الدكتور»): the next word is
     *                      kept whole («الشيخة بدور» is not ب + «دور»)
     */
    public ArabicTokenizer(Predicate<String> knownWord, Predicate<String> commonWord, Predicate<String> wholeWord,
                           Predicate<String> announcesName) {
        this(knownWord, commonWord, wholeWord, announcesName, w -> false);
    }

    /**
     * @param nameWord a word known only as (part of) a name: «ف» is not split off before one («فلوريان» is
     *                 a given name, not ف + the club «لوريان»), the conjunction rarely preceding a bare name
     */
    public ArabicTokenizer(Predicate<String> knownWord, Predicate<String> commonWord, Predicate<String> wholeWord,
                           Predicate<String> announcesName, Predicate<String> nameWord) {
        this.knownWord = knownWord;
        this.commonWord = commonWord;
        this.wholeWord = wholeWord;
        this.announcesName = announcesName;
        this.nameWord = nameWord;
    }

    private final Predicate<String> announcesName;
    private final Predicate<String> nameWord;

    private record Raw(int begin, int end, Token.Kind kind) {}

    public List<Token> tokenize(String text) {
        List<Raw> raws = scan(text);
        // Words the article itself uses on their own: an unseen name («بيلاوسوف») is then known
        // when it appears with a clitic elsewhere («وبيلاوسوف»).
        Set<String> own = new HashSet<>();
        String[] norms = new String[raws.size()];
        for (int ri = 0; ri < raws.size(); ri++) {
            Raw r = raws.get(ri);
            norms[ri] = ArabicNormalizer.normalize(text.substring(r.begin, r.end));
            if (r.kind == Token.Kind.WORD) {
                own.add(norms[ri]);
            }
        }
        CliticSegmenter seg = new CliticSegmenter(knownWord, own::contains, commonWord, wholeWord);
        List<Token> out = new ArrayList<>(raws.size());
        String previous = "";
        for (int ri = 0; ri < raws.size(); ri++) {
            Raw r = raws.get(ri);
            String surface = text.substring(r.begin, r.end);
            String normWord = norms[ri];
            if (r.kind != Token.Kind.WORD) {
                previous = "";
                Span s = new Span(r.begin, r.end);
                out.add(new Token(out.size(), s, s, surface, normWord, "", normWord, r.kind, -1));
                continue;
            }
            String next = ri + 1 < raws.size() && raws.get(ri + 1).kind == Token.Kind.WORD ? norms[ri + 1] : "";
            boolean particle = isNameParticle(surface, normWord, previous, next);
            CliticSegmenter.Split split = announcesName.test(previous) || particle
                    ? CliticSegmenter.Split.none(normWord) : seg.split(normWord);
            // «فإن», «فأن»: the hamza shows the conjunction before «إن/أن» (never the particle «فان»)
            // and «فان» that is no name particle is «فإن» written without its hamza
            if ((normWord.equals("فان") || normWord.equals("وان")) && (surface.indexOf('إ') >= 0 || surface.indexOf('أ') >= 0
                    || normWord.equals("فان") && split.prefix().isEmpty() && !particle)) {
                split = new CliticSegmenter.Split(1, normWord.substring(0, 1), "ان", false);
            }
            // «جان كاسيا» is a surname after a given name, not «ك» + «آسيا»; «فلوريان» is no ف + «لوريان»
            if (split.prefix().endsWith("ك") && !previous.isEmpty() && wholeWord.test(previous)
                    || split.prefix().equals("ف") && !split.stem().startsWith("ال") && nameWord.test(split.stem())) {
                split = CliticSegmenter.Split.none(normWord);
            }
            previous = normWord;
            int stemBegin = r.begin + originalLength(surface, split.prefixLength());
            if (stemBegin >= r.end) { // a bare clitic such as «بـ»
                Span s = new Span(r.begin, r.end);
                out.add(new Token(out.size(), s, s, surface, normWord, "", normWord, r.kind, -1));
                continue;
            }
            out.add(new Token(out.size(), new Span(r.begin, r.end), new Span(stemBegin, r.end), surface, normWord,
                    split.prefix(), split.stem(), r.kind, -1));
        }
        return out;
    }

    /**
     * «لورا فان دايك», «أورسولا فون دير لاين»: after a given name or a word the language does not know,
     * «فان»/«فون» is the particle of a name, not «ف» + «ان».
     */
    private boolean isNameParticle(String surface, String normWord, String previous, String next) {
        // written without a hamza: «فإن» is always «ف» + «إن»
        if (!(normWord.equals("فان") || normWord.equals("فون")) || surface.indexOf('إ') >= 0 || surface.indexOf('أ') >= 0) {
            return false;
        }
        // «السفيرة فان دايك»: before a word the language does not know
        if (!next.isEmpty() && !commonWord.test(next) && !next.startsWith("ال")) {
            return true;
        }
        if (previous.isEmpty()) {
            return false;
        }
        String bare = previous.startsWith("و") && previous.length() > 3 ? previous.substring(1) : previous;
        return wholeWord.test(previous) || wholeWord.test(bare) || !knownWord.test(previous) && !knownWord.test(bare);
    }

    /** How many original chars hold the first {@code normalizedLength} normalized letters (marks included). */
    private static int originalLength(String surface, int normalizedLength) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < normalizedLength) {
            if (ArabicNormalizer.fold(surface.charAt(i)) != 0) {
                seen++;
            }
            i++;
        }
        // marks that sit on the last clitic letter belong to the clitic
        while (i < surface.length() && ArabicNormalizer.isArabicMark(surface.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<Raw> scan(String text) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
                    || c == '\uFEFF') {
                i++;
                continue;
            }
            int start = i;
            if (ArabicNormalizer.isArabicLetter(c) || (ArabicNormalizer.isArabicMark(c) && c != '\u0640')) {
                while (i < n && (ArabicNormalizer.isArabicLetter(text.charAt(i))
                        || ArabicNormalizer.isArabicMark(text.charAt(i)))) {
                    i++;
                }
                out.add(new Raw(start, i, Token.Kind.WORD));
            } else if (isDigit(c)) {
                while (i < n && (isDigit(text.charAt(i))
                        || (i + 1 < n && isNumberJoiner(text.charAt(i)) && isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                out.add(new Raw(start, i, Token.Kind.NUMBER));
            } else if (Character.isLetter(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)))) {
                    i++;
                }
                out.add(new Raw(start, i, Token.Kind.LATIN));
            } else {
                i += Character.charCount(text.codePointAt(i));
                out.add(new Raw(start, i, Token.Kind.PUNCT));
            }
        }
        return out;
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == ':';
    }
}
