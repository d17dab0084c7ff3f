package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Token;

/**
 * Parses a title phrase: a post («وزير», «المتحدث», «نائب رئيس الوزراء»), then its complements —
 * portfolio («الدفاع»), nisba adjectives («الروسي»), modifiers («الخاص»), «باسم X», a genitive or
 * «لـ» entity («سفير مصر», «مدرب نادي الأهلي», «المدير العام لمنظمة الصحة العالمية») and, for
 * posts held somewhere, «في/لدى X» («السفير الروسي في واشنطن»).
 */
public final class TitleParser {
    /** Something the title says about whose post it is. */
    public record Jurisdiction(Kind kind, int start, int end, EntityType type, String entryId) {
        /**
         * NISBA: an adjective of a place; ENTITY: an organization or place named in the title; POSTING:
         * «في X»; INSTITUTION: a definite head noun standing for an organization named elsewhere
         * («رئيس اللجنة», «المديرة التنفيذية للجمعية»).
         */
        public enum Kind { NISBA, ENTITY, POSTING, INSTITUTION }
    }

    /**
     * A parsed title over tokens [start, end).
     *
     * @param key normalized post without jurisdiction, e.g. «وزير الدفاع»
     * @param en  English post without jurisdiction, e.g. «Minister of Defence»
     */
    public record TitlePhrase(int start, int end, Lexicon.Title title, String key, String en,
                              List<Jurisdiction> jurisdictions) {}

    private static final int MAX_STEPS = 10;

    private final Words words;
    private final HeadPhrases heads;

    public TitleParser(Words words, HeadPhrases heads) {
        this.words = words;
        this.heads = heads;
    }

    /** Honorific or rank at token i («الدكتور», «اللواء»): returns its end, or -1. */
    public int honorificEnd(List<Token> tokens, int i, int limit) {
        PhraseIndex.Match<Lexicon.Title> m = words.lexicon().titles().longestAt(tokens, i, limit);
        if (m == null || m.value().isPost() || m.value().kind().equals("modifier")) {
            return -1;
        }
        return m.end();
    }

    /** The post title starting at token i, or null. */
    public TitlePhrase parse(List<Token> tokens, int i, int limit) {
        PhraseIndex.Match<Lexicon.Title> m = postAt(tokens, i, limit);
        if (m == null || !m.value().isPost()) {
            return null;
        }
        Lexicon.Title title = m.value();
        StringBuilder key = new StringBuilder(stripArticle(ArabicNormalizer.key(title.ar())));
        String en = title.en();
        List<Jurisdiction> jur = new ArrayList<>();
        boolean portfolioSeen = false;
        int genitives = 0;
        int k = m.end();
        // «رئيس الجامعة» is a title, yet in «رئيس الجامعة الأردنية» its last word begins the university's name
        if (m.end() - 1 > i) {
            HeadPhrases.Phrase e = heads.entityAt(tokens, m.end() - 1, limit);
            if (e != null && e.type() != EntityType.PERSON && e.end() > m.end()) {
                jur.add(new Jurisdiction(Jurisdiction.Kind.ENTITY, e.start(), e.end(), e.type(), e.entryId()));
                k = e.end();
            }
        }
        for (int step = 0; step < MAX_STEPS && k < limit; step++) {
            Token t = tokens.get(k);
            if (t.isPunct() || t.kind() == Token.Kind.NUMBER) {
                break;
            }
            PhraseIndex.Match<String> p = words.lexicon().portfolios().longestAt(tokens, k, limit);
            if (p != null && !portfolioSeen && jur.isEmpty() && !t.hasPrefix()) {
                key.append(' ').append(ArabicNormalizer.key(p.phrase()));
                en = en + " of " + p.value();
                portfolioSeen = true;
                k = p.end();
                // «وزير الفلاحة والموارد المائية والصيد البحري»: portfolios joined by «و»
                PhraseIndex.Match<String> more;
                while (k < limit && tokens.get(k).prefix().equals("و")) {
                    more = words.lexicon().portfolios().longestAt(tokens, k, limit);
                    if (more != null) {
                        key.append(' ').append(ArabicNormalizer.key(more.phrase()));
                        en = en + " and " + more.value();
                        k = more.end();
                        continue;
                    }
                    // «وزير التجهيز والماء», «وزير التجارة والصناعة وترويج الاستثمار»: a portfolio the
                    // lexicon does not list, a definite noun or a noun in construct with one
                    Token c = tokens.get(k);
                    boolean definite = c.norm().startsWith("ال");
                    boolean construct = !definite && k + 1 < limit && !tokens.get(k + 1).hasPrefix()
                            && tokens.get(k + 1).norm().startsWith("ال") && isGenitiveNoun(tokens.get(k + 1));
                    if (!isGenitiveNoun(c) || !definite && !construct
                            || words.lexicon().titles().longestAt(tokens, k, limit) != null) {
                        break;
                    }
                    key.append(' ').append(c.norm());
                    k += construct ? 2 : 1;
                }
                continue;
            }
            PhraseIndex.Match<Lexicon.Title> mod = words.lexicon().titles().longestAt(tokens, k, limit);
            if (mod != null && mod.value().kind().equals("modifier") && !t.hasPrefix()) {
                key.append(' ').append(stripArticle(ArabicNormalizer.key(mod.phrase())));
                String adj = mod.value().en();
                // «المبعوث الخاص» → Special Envoy; «السابق» → former
                en = Character.toUpperCase(adj.charAt(0)) + adj.substring(1) + " " + en;
                k = mod.end();
                continue;
            }
            PhraseIndex.Match<GazetteerEntry> nisba = words.gazetteer().nisba().longestAt(tokens, k, limit);
            if (nisba != null && !t.hasPrefix()) {
                jur.add(new Jurisdiction(Jurisdiction.Kind.NISBA, k, nisba.end(), nisba.value().type(),
                        nisba.value().id()));
                k = nisba.end();
                continue;
            }
            String w = t.normWord();
            if (w.equals("باسم") && k + 1 < limit) {
                int end = bodyAfter(tokens, k + 1, limit, jur, Jurisdiction.Kind.ENTITY);
                if (end < 0) {
                    break;
                }
                k = end;
                continue;
            }
            // «في جامعة الكويت», «لدى الأمم المتحدة», «إلى الشرق الأوسط», «عن تحالف العزم», «بجامعة قرطاج»
            boolean preposition = w.equals("في") || w.equals("لدي") || w.equals("الي") || w.equals("عن");
            if (preposition && k + 1 < limit || t.prefix().equals("ب")) {
                int at = preposition ? k + 1 : k;
                HeadPhrases.Phrase e = heads.entityAt(tokens, at, limit);
                if (e == null || e.type() == EntityType.PERSON) {
                    break;
                }
                // «المندوب الروسي لدى الأمم المتحدة» represents Russia at the UN: «لدى» names a posting
                Jurisdiction.Kind kind = e.type() == EntityType.PLACE && !w.equals("عن") || w.equals("لدي")
                        ? Jurisdiction.Kind.POSTING : Jurisdiction.Kind.ENTITY;
                jur.add(new Jurisdiction(kind, e.start(), e.end(), e.type(), e.entryId()));
                k = e.end();
                // «جامعة الجزائر 3»: a number closes the institution's name
                if (k < limit && tokens.get(k).kind() == Token.Kind.NUMBER && e.type() == EntityType.ORGANIZATION) {
                    k++;
                }
                continue;
            }
            if (!t.hasPrefix() || t.prefix().equals("ل")) {
                HeadPhrases.Phrase e = heads.entityAt(tokens, k, limit);
                if (e != null && e.type() != EntityType.PERSON) {
                    jur.add(new Jurisdiction(Jurisdiction.Kind.ENTITY, e.start(), e.end(), e.type(), e.entryId()));
                    k = e.end();
                    continue;
                }
            }
            // «رئيس اللجنة», «رئيس النادي», «المديرة التنفيذية للجمعية»: the institution is named elsewhere
            if (jur.isEmpty() && genitives == 0 && (t.prefix().isEmpty() || t.prefix().equals("ل"))
                    && isInstitutionNoun(t)) {
                jur.add(new Jurisdiction(Jurisdiction.Kind.INSTITUTION, k, k + 1, EntityType.ORGANIZATION, null));
                key.append(' ').append(stripArticle(t.norm()));
                genitives++;
                k++;
                continue;
            }
            // common nouns in construct with the head: «رئيس قسم البحوث», «كبير محللي أسواق الطاقة»;
            // a second post («نائب رئيس الوزراء وزير الخارجية») ends this one
            PhraseIndex.Match<Lexicon.Title> next = words.lexicon().titles().longestAt(tokens, k, limit);
            boolean anotherPost = next != null && next.value().isPost();
            if (!anotherPost && jur.isEmpty() && genitives < 3 && !t.hasPrefix() && isGenitiveNoun(t)) {
                key.append(' ').append(stripArticle(t.norm()));
                genitives++;
                k++;
                continue;
            }
            // «وزيرة الدولة للشؤون الاقتصادية», «رئيس اللجنة العليا للمهرجان», «المبعوث الشخصي للأمين العام»:
            // a genitive with «لـ» that names no entity still belongs to the title
            // «المرشح لرئاسة النادي»: an indefinite «لـ» noun with a definite genitive after it
            boolean construct = t.prefix().equals("ل") && !t.norm().startsWith("ال") && isGenitiveNoun(t) && k + 1 < limit
                    && !tokens.get(k + 1).hasPrefix() && tokens.get(k + 1).norm().startsWith("ال")
                    && (isGenitiveNoun(tokens.get(k + 1)) || isInstitutionNoun(tokens.get(k + 1)));
            if (!anotherPost && genitives < 4 && t.prefix().equals("ل") && (t.norm().startsWith("ال") || construct)
                    && (isGenitiveNoun(t) || words.lexicon().titles().containsFirstWord(t.norm())
                    || words.lexicon().portfolios().longestAt(tokens, k, limit) != null)) {
                genitives++;
                k++;
                while (k < limit && genitives < 6
                        && (tokens.get(k).prefix().isEmpty() || tokens.get(k).prefix().equals("و"))
                        && words.gazetteer().nisba().longestAt(tokens, k, limit) == null
                        && (Words.looksLikeNisba(tokens.get(k)) || isGenitiveNoun(tokens.get(k))
                        || isModifier(tokens, k, limit))) {
                    k++;
                    genitives++;
                }
                continue;
            }
            break;
        }
        // «رئيس النادي» is a title of its own whose last word still stands for a club named elsewhere
        Token last = tokens.get(m.end() - 1);
        if (jur.stream().noneMatch(j -> j.kind() == Jurisdiction.Kind.ENTITY) && m.end() - 1 > i
                && isInstitutionNoun(last)) {
            jur.add(new Jurisdiction(Jurisdiction.Kind.INSTITUTION, m.end() - 1, m.end(), EntityType.ORGANIZATION, null));
        }
        return new TitlePhrase(i, k, title, key.toString(), en, jur);
    }

    /**
     * The title at token i, also in the accusative a post takes after «عُيّن X», «بتعيين X» or
     * «باتت» («مديراً», «محافظاً لمسندم»; the feminine «وزيرةً» already reads as «وزيرة»).
     */
    private PhraseIndex.Match<Lexicon.Title> postAt(List<Token> tokens, int i, int limit) {
        PhraseIndex.Match<Lexicon.Title> m = words.lexicon().titles().longestAt(tokens, i, limit);
        if (m != null || i >= limit) {
            return m;
        }
        Token t = tokens.get(i);
        String n = t.norm();
        // «مؤسس الشركة ورئيسها التنفيذي»: a post with a possessive pronoun (taa marbuta written ت before it)
        // (the tokenizer may leave «ورئيسها» whole: «و» is then still on the word)
        boolean joined = t.prefix().isEmpty() && n.startsWith("و") && n.length() >= 6;
        if (t.kind() == Token.Kind.WORD && (t.prefix().equals("و") || joined) && n.length() >= 5
                && (n.endsWith("ها") || n.endsWith("ه"))) {
            String stem = n.substring(joined ? 1 : 0, n.length() - (n.endsWith("ها") ? 2 : 1));
            stem = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
            Token b = new Token(t.index(), t.span(), t.stemSpan(), t.text(), stem, "", stem, t.kind(), t.sentence());
            PhraseIndex.Match<Lexicon.Title> a = words.lexicon().titles().longestAt(List.of(b), 0, 1);
            if (a != null && a.value().isPost()) {
                return new PhraseIndex.Match<>(i, i + 1, a.value(), a.phrase());
            }
        }
        if (t.kind() != Token.Kind.WORD || t.hasPrefix() || n.length() < 4 || !n.endsWith("ا") || n.startsWith("ال")) {
            return null;
        }
        String bare = n.substring(0, n.length() - 1);
        Token b = new Token(t.index(), t.span(), t.stemSpan(), t.text(), bare, "", bare, t.kind(), t.sentence());
        PhraseIndex.Match<Lexicon.Title> a = words.lexicon().titles().longestAt(List.of(b), 0, 1);
        return a != null && a.value().isPost() ? new PhraseIndex.Match<>(i, i + 1, a.value(), a.phrase()) : null;
    }

    /** How far past its parsed part a long title may still run before the holder's name. */
    public static final int MAX_CONTINUATION = 14;

    private static final Set<String> TITLE_PREPOSITIONS = Set.of("في", "لدي", "عن", "الي", "علي");
    private static final Set<String> TIME_WORDS = Set.of("امس", "اليوم", "غدا", "مساء", "صباح", "الليله", "ظهر");

    /**
     * One step through words that may still belong to a long title after its parsed part: genitive
     * nouns, adjectives, names of organizations and places, «في/لدى/عن/إلى», «من أجل» and a short
     * parenthesis («مدير عام دائرة شؤون الألغام في وزارة البيئة العراقية …», «المديرة التنفيذية
     * للجمعية اللبنانية من أجل ديمقراطية الانتخابات (لادي) …»). The parsed part stops at the first
     * word it cannot explain; articles written by others keep going, and the holder's name comes
     * only after the whole title. Returns the token after the step, or -1 where no title goes on:
     * punctuation, numbers, verbs, function words, dates and given names.
     */
    public int continueAt(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        // «المحلل في مصرف «دويتشه بنك» يورغن شتاينر»: a quoted name inside the title
        if (Mentions.isQuote(t)) {
            int close = HeadPhrases.closingQuote(tokens, k, limit);
            return close > 0 && close - k <= 6 ? close + 1 : -1;
        }
        if (t.text().equals("(")) {
            for (int j = k + 1; j < limit && j <= k + 7; j++) {
                if (tokens.get(j).text().equals(")")) {
                    return j + 1;
                }
            }
            return -1;
        }
        if (!t.isWord()) {
            return -1;
        }
        String w = t.normWord();
        if (t.prefix().isEmpty() && TITLE_PREPOSITIONS.contains(w)) {
            return k + 1 < limit ? k + 1 : -1;
        }
        // «وزير تغير المناخ فيها رالف ريغنفانو»: "in it", the country just named
        if (t.prefix().isEmpty() && (w.equals("فيها") || w.equals("فيه") || w.equals("لديها") || w.equals("لديه")
                || w.equals("منها") || w.equals("منه"))) {
            return k + 1;
        }
        // «رئيس اللجنة الوطنية لشؤون الأسرى التابعة للحوثيين …»
        if (t.prefix().isEmpty() && w.startsWith("التابع") && k + 1 < limit && tokens.get(k + 1).prefix().endsWith("ل")) {
            return k + 1;
        }
        if (t.prefix().isEmpty() && w.equals("من") && k + 1 < limit && tokens.get(k + 1).normWord().equals("اجل")) {
            return k + 2;
        }
        HeadPhrases.Phrase e = heads.entityAt(tokens, k, limit);
        if (e != null && e.type() != EntityType.PERSON && e.end() > k) {
            return e.end();
        }
        // «للأمين العام», «للمدير العام»: "general" is a stopword elsewhere («العام الماضي»)
        if (t.prefix().isEmpty() && (w.equals("العام") || w.equals("العامه")) && k > 0 && tokens.get(k - 1).isWord()
                && tokens.get(k - 1).norm().startsWith("ال")) {
            return k + 1;
        }
        PhraseIndex.Match<GazetteerEntry> nisba = words.gazetteer().nisba().longestAt(tokens, k, limit);
        if (nisba != null) {
            return nisba.end();
        }
        if (words.isStopword(t) || words.isReportingVerb(t) || TIME_WORDS.contains(w)
                || "verb".equals(words.lexicon().partOfSpeech(t.norm())) || words.isFirstName(t, false) && !t.hasPrefix()
                || words.lexicon().months().longestAt(tokens, k, limit) != null
                || words.lexicon().weekday(t.norm()) != null) {
            return -1;
        }
        return k + 1;
    }

    /**
     * Where the holder's name begins after a title that runs on past its parsed part («رئيسة قسم
     * التعاون في بعثة الاتحاد الأوروبي لدى العراق كلارا فيشر»): walks the words the title may still
     * hold ({@link #continueAt}) and, where they end at a comma, past what may stand in apposition
     * («…، سارة هيوز، إن», «…، التونسي رضا الجبالي», «…، النائب فراس الخصاونة»). The caller says
     * what counts as a name at a token. Returns the name's first token, or -1.
     */
    public int nameAfter(List<Token> tokens, int from, int limit, java.util.function.IntPredicate nameAt) {
        int k = from;
        for (int steps = 0; k < limit && steps < MAX_CONTINUATION; steps++) {
            if (nameAt.test(k)) {
                return k;
            }
            int next = continueAt(tokens, k, limit);
            if (next < 0) {
                if (!Mentions.isComma(tokens.get(k))) {
                    return -1;
                }
                int n = afterApposition(tokens, k + 1, limit);
                return n < limit && nameAt.test(n) ? n : -1;
            }
            k = next;
        }
        return -1;
    }

    /** Past a nationality, a second title and honorifics standing between a comma and a name. */
    int afterApposition(List<Token> tokens, int k, int limit) {
        PhraseIndex.Match<GazetteerEntry> nisba = k < limit ? words.gazetteer().nisba().longestAt(tokens, k, limit) : null;
        if (nisba != null && !tokens.get(k).hasPrefix()) {
            k = nisba.end();
        }
        List<TitlePhrase> second = k < limit ? chain(tokens, k, limit) : List.of();
        if (!second.isEmpty()) {
            k = second.get(second.size() - 1).end();
        }
        int h;
        while (k < limit && (h = honorificEnd(tokens, k, limit)) > 0) {
            k = h;
        }
        return k;
    }

    /** A body after «باسم»: a known or head-named entity, or a definite noun phrase («الحكومة»). */
    private int bodyAfter(List<Token> tokens, int at, int limit, List<Jurisdiction> jur, Jurisdiction.Kind kind) {
        HeadPhrases.Phrase e = heads.entityAt(tokens, at, limit);
        if (e != null) {
            jur.add(new Jurisdiction(kind, e.start(), e.end(), e.type(), e.entryId()));
            return e.end();
        }
        if (at < limit && isInstitutionNoun(tokens.get(at)) && !tokens.get(at).hasPrefix()
                && (at + 1 >= limit || !tokens.get(at + 1).norm().startsWith("ال") || tokens.get(at + 1).hasPrefix())) {
            jur.add(new Jurisdiction(Jurisdiction.Kind.INSTITUTION, at, at + 1, EntityType.ORGANIZATION, null));
            return at + 1; // «المتحدث باسم الوزارة»: the ministry named before
        }
        // «المتحدث باسم حكومة طالبان»: a common noun in construct with a known name
        Token noun = at + 1 < limit ? tokens.get(at) : null;
        if (noun != null && !noun.hasPrefix() && !noun.norm().startsWith("ال") && "noun".equals(words.lexicon().partOfSpeech(noun.norm()))
                && !tokens.get(at + 1).hasPrefix()) {
            HeadPhrases.Phrase known = heads.entityAt(tokens, at + 1, limit);
            if (known != null && known.type() != EntityType.PERSON && known.start() == at + 1) {
                jur.add(new Jurisdiction(kind, at, known.end(), EntityType.ORGANIZATION, null));
                return known.end();
            }
        }
        // «المتحدث باسم إيميت روبين ديل كامبو»: one word the language does not know names the body
        if (noun != null && !noun.hasPrefix() && noun.kind() == Token.Kind.WORD && !noun.norm().startsWith("ال")
                && !words.isCommonWord(noun) && !words.isLexiconWord(noun) && !words.isStopword(noun)
                && !words.isFirstName(noun, true)) {
            jur.add(new Jurisdiction(kind, at, at + 1, EntityType.ORGANIZATION, null));
            return at + 1;
        }
        int end = at;
        while (end < limit && end - at < 3 && tokens.get(end).kind() == Token.Kind.WORD && !tokens.get(end).hasPrefix()
                && tokens.get(end).norm().startsWith("ال") && !words.isStopword(tokens.get(end))) {
            end++;
        }
        if (end == at && at < limit && Mentions.isQuote(tokens.get(at))) {
            int close = HeadPhrases.closingQuote(tokens, at, limit);
            end = close > 0 ? close + 1 : at;
        }
        if (end == at) {
            return -1;
        }
        jur.add(new Jurisdiction(kind, at, end, EntityType.ORGANIZATION, null));
        return end;
    }

    /** A definite head noun of an organization, alone: «اللجنة», «النادي», «للجمعية». */
    public boolean isInstitutionNoun(Token t) {
        Lexicon.Head h = words.lexicon().head(t.norm());
        return t.kind() == Token.Kind.WORD && t.norm().startsWith("ال") && h != null
                && h.type() == EntityType.ORGANIZATION && h.keep();
    }

    private boolean isModifier(List<Token> tokens, int k, int limit) {
        PhraseIndex.Match<Lexicon.Title> m = words.lexicon().titles().longestAt(tokens, k, limit);
        return m != null && m.value().kind().equals("modifier");
    }

    /** A common noun that can stand in construct after a title: known to the corpus, never a name. */
    private boolean isGenitiveNoun(Token t) {
        if (t.kind() != Token.Kind.WORD || words.isStopword(t) || words.isReportingVerb(t)
                || words.isFirstName(t, false)) {
            return false;
        }
        return words.isCommonWord(t) && words.vocabulary().stats(t.norm()).inPerson() == 0;
    }

    /**
     * A chain of titles held together («نائب رئيس الوزراء وزير الخارجية الأردني»): each title ends
     * where the next begins. Returns the titles in order (empty if none at i).
     */
    public List<TitlePhrase> chain(List<Token> tokens, int i, int limit) {
        List<TitlePhrase> out = new ArrayList<>();
        int k = i;
        while (k < limit) {
            int h = honorificEnd(tokens, k, limit);
            if (h > 0 && !out.isEmpty()) {
                break;
            }
            TitlePhrase p = parse(tokens, k, limit);
            if (p == null || (!out.isEmpty() && tokens.get(k).hasPrefix() && !tokens.get(k).prefix().equals("و"))) {
                break;
            }
            out.add(p);
            k = p.end();
            // «و» joins a second post held by the same person only when a post follows at once
            if (k < limit && tokens.get(k).prefix().equals("و") && parse(tokens, k, limit) == null) {
                break;
            }
        }
        return out;
    }

    static String stripArticle(String key) {
        return key.startsWith("ال") && key.length() > 3 ? key.substring(2) : key;
    }
}
