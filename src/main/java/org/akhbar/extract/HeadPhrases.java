package org.akhbar.extract;

import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Token;

/**
 * Names announced by a head noun: «مدينة أنكوراج», «وكالة "تاس"», «وزارة الصحة المصرية»,
 * «قاعدة "إلمندورف _ ديتشاردسون" العسكرية», «المنتخب المغربي». Also answers "what entity starts
 * here" for the title parser (gazetteer names included).
 */
public final class HeadPhrases {
    /**
     * A phrase [start, end) naming an entity. [nameStart, nameEnd) is the name proper: the whole
     * phrase for heads that belong to the name («وزارة الصحة»), the part after the head otherwise
     * («أنكوراج» in «مدينة أنكوراج»).
     *
     * @param entryId gazetteer entry when the name is a known one, else null
     */
    public record Phrase(int start, int end, int nameStart, int nameEnd, EntityType type, String subtype,
                         String entryId, Lexicon.Head head) {}

    private static final int MAX_NAME = 4;
    private static final int MAX_QUOTED_NAME = 6;

    private final Words words;

    public HeadPhrases(Words words) {
        this.words = words;
    }

    /** The gazetteer name or head phrase starting at token i (before {@code limit}), or null. */
    public Phrase entityAt(List<Token> tokens, int i, int limit) {
        Phrase h = headPhrase(tokens, i, limit);
        PhraseIndex.Match<GazetteerEntry> g = words.gazetteer().names().longestAt(tokens, i, limit);
        if (g != null && (h == null || h.end <= g.end())) {
            GazetteerEntry e = g.value();
            return new Phrase(i, g.end(), i, g.end(), e.type(), e.subtype(), e.id(), null);
        }
        return h;
    }

    /** The phrase headed by token i, or null if token i is not a head or nothing names it. */
    public Phrase headPhrase(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        Lexicon.Head head = t.kind() == Token.Kind.WORD ? words.lexicon().head(t.norm()) : null;
        if (head == null || i + 1 >= limit || head.complement().equals("list")) {
            return null;
        }
        boolean definite = t.norm().startsWith("ال");
        // «الحماية المدنية» names a body, «حماية الحدود» is the protection of borders
        if (head.complement().equals("adjective") && !definite) {
            return null;
        }
        // «مجلس إدارة بنك الساحل» is the bank's board: the bank is the name, found at its own head
        // «بنك»» closing a quoted name («مصرف «دويتشه بنك» يورغن شتاينر») heads nothing after it
        String nextText = tokens.get(i + 1).text();
        if (nextText.equals("»") || nextText.equals("”")) {
            return null;
        }
        // «إدارة ترامب», «إدارة الجامعة»: a person's or an institution's administration, not a body's name
        if (t.norm().equals("اداره") && (words.isFirstName(tokens.get(i + 1), true)
                || words.lexicon().head(tokens.get(i + 1).norm()) != null && tokens.get(i + 1).norm().startsWith("ال")
                || isPersonName(tokens, i + 1, limit))) {
            return null;
        }
        // «موقع دبي»: the location of a known place, not a news site
        if (t.norm().equals("موقع") && words.gazetteer().names().longestAt(tokens, i + 1, limit) != null
                && words.gazetteer().names().longestAt(tokens, i + 1, limit).value().type() == EntityType.PLACE) {
            return null;
        }
        if ((t.norm().equals("مجلس") || t.norm().equals("المجلس")) && tokens.get(i + 1).normWord().matches("(ال)?اداره")
                || t.norm().equals("اداره") && i > 0 && tokens.get(i - 1).norm().equals("مجلس")) {
            return null;
        }
        // «مديرية الصحة بالشرقية»: a territorial head before a portfolio is an administration
        if (head.type() == EntityType.PLACE && head.keep() && !definite && !tokens.get(i + 1).hasPrefix()) {
            PhraseIndex.Match<String> portfolio = words.lexicon().portfolios().longestAt(tokens, i + 1, limit);
            // «دائرة صحة البصرة», «مديرية تربية نينوى»: the portfolio in construct, without its article
            Token n = tokens.get(i + 1);
            boolean construct = portfolio == null && n.kind() == Token.Kind.WORD && !n.norm().startsWith("ال")
                    && words.lexicon().portfolios().get("ال" + n.norm()) != null;
            if (portfolio != null || construct) {
                int end = portfolio != null ? portfolio.end() : i + 2;
                PhraseIndex.Match<GazetteerEntry> of = construct && end < limit
                        ? words.gazetteer().names().longestAt(tokens, end, limit) : null;
                if (of != null && of.value().type() == EntityType.PLACE && !tokens.get(end).hasPrefix()) {
                    return new Phrase(i, of.end(), i, of.end(), EntityType.ORGANIZATION, "Government", null, head);
                }
                PhraseIndex.Match<GazetteerEntry> place = end < limit && tokens.get(end).prefix().endsWith("ب")
                        ? words.gazetteer().names().longestAt(tokens, end, limit) : null;
                if (place != null && place.value().type() == EntityType.PLACE) {
                    end = place.end();
                }
                return new Phrase(i, end, i, end, EntityType.ORGANIZATION, "Government", null, head);
            }
        }
        boolean facilityName = false;
        boolean namedByWord = false; // «شركة بازار»: the head is followed by a name of its own
        boolean namedByPlace = false; // «هيئة الشارقة للكتاب»: a body named by a place and its purpose
        int k = i + 1;
        int nameStart = k;
        int nameEnd;
        String entryId = null;
        Token next = tokens.get(k);
        int honoree = honoreeEnd(head, definite, tokens, k, limit);
        if (honoree > k) {
            // «مستشفى الملك عبدالعزيز», «مدينة الملك عبدالله الاقتصادية»: named after a person, with the title
            nameEnd = honoree;
            facilityName = true;
        } else if (Mentions.isQuote(next)) {
            // «حزب "الأمة"» names a party; «الهيئة "لن تقبل…"» quotes what the body said
            int close = closingQuote(tokens, k, limit);
            if (close < 0 || definite || close - k > MAX_QUOTED_NAME) {
                return null;
            }
            nameEnd = close + 1;
        } else {
            PhraseIndex.Match<GazetteerEntry> g = words.gazetteer().names().longestAt(tokens, k, limit);
            // «مركز منيا القمح», «مركز كوم أمبو»: in Egypt a «مركز» is a district, named by its town; a
            // centre named after a place has more to its name («مركز أبوظبي الوطني للمعارض»)
            if (g != null && !next.hasPrefix() && !definite && t.norm().equals("مركز")
                    && g.value().type() == EntityType.PLACE && !g.value().subtype().equals("Country")
                    && (g.end() >= limit || !tokens.get(g.end()).isWord() || tokens.get(g.end()).prefix().equals("و")
                    || words.isStopword(tokens.get(g.end())))) {
                return new Phrase(i, g.end(), k, g.end(), EntityType.PLACE, g.value().subtype(), g.value().id(), head);
            }
            if (g != null && !next.hasPrefix()) {
                nameEnd = g.end();
                namedByPlace = g.value().type() == EntityType.PLACE;
                // «وكالة تاس» is TASS; «منتخب مصر» is not Egypt, nor «ستاد عمّان الدولي» Amman: keep the
                // entry only if it is the same kind of thing as the head announces
                if (g.value().type() == head.type() && (!head.keep() || g.value().subtype().isEmpty()
                        || g.value().subtype().equals(head.subtype()))) {
                    entryId = g.value().id();
                }
            } else if (definite) {
                nameEnd = k; // «الوزارة», «المنتخب»: a name only if adjectives follow («المنتخب المغربي»)
            } else if (!head.complement().equals("name") && (nameEnd = portfolioEnd(tokens, k, limit)) > k) {
                // «وزارة الخارجية», «لجنة الانتخابات المركزية»
            } else if (!head.complement().equals("portfolio")) {
                nameEnd = k;
                while (nameEnd < limit && nameEnd - k < MAX_NAME && !tokens.get(nameEnd).hasPrefix()
                        && (words.canBeInstitutionNamePart(tokens.get(nameEnd)) || placeName(head, tokens.get(nameEnd)))
                        && !(nameEnd > k && startsKnownPlace(tokens, nameEnd, limit))
                        && !(nameEnd > k && words.isFirstName(tokens.get(nameEnd), true))) {
                    nameEnd++; // a given name starts a person: «جامعة قرطاج منير الحمروني»
                }
                // «حاكم ولاية بورنو باباغانا أومارا زولوم»: a place is rarely named with three unknown words;
                // the first names the place, a person's name follows
                if (head.type() == EntityType.PLACE && !head.keep() && nameEnd - k >= 3) {
                    nameEnd = k + 1;
                }
                namedByWord = nameEnd > k;
                // «قصر الشعب», «ساحة الشهداء», «سد الوحدة»: a built place is often named with ordinary words
                if (nameEnd == k && head.type() == EntityType.PLACE && head.keep()) {
                    while (nameEnd < limit && nameEnd - k < 2 && !tokens.get(nameEnd).hasPrefix()
                            && tokens.get(nameEnd).norm().startsWith("ال") && !words.isStopword(tokens.get(nameEnd))
                            && !words.isReportingVerb(tokens.get(nameEnd)) && !Words.looksLikeNisba(tokens.get(nameEnd))) {
                        nameEnd++;
                    }
                    facilityName = nameEnd > k;
                }
            } else {
                return null;
            }
        }
        int end = nameEnd;
        boolean placeAdjective = false;
        boolean institutional = false;
        // trailing adjectives belong to the name of an organization or facility («العسكرية», «المصرية»)
        if (head.keep()) {
            // «شركة بازار الهندية»: after a name of its own, a nationality describes the company
            boolean ownName = namedByWord && !facilityName;
            while (end < limit && end - nameEnd < 3 && !tokens.get(end).hasPrefix()
                    && (Words.looksLikeNisba(tokens.get(end))
                    || head.type() == EntityType.ORGANIZATION && isModifier(tokens.get(end))
                    || words.lexicon().isInstitutionAdjective(tokens.get(end).norm()))
                    && !(end == k && disagrees(t, tokens.get(end)))
                    && !(ownName && words.isPlaceAdjective(tokens.get(end)))) {
                placeAdjective |= words.isPlaceAdjective(tokens.get(end));
                institutional |= head.type() == EntityType.ORGANIZATION
                        && words.lexicon().isInstitutionAdjective(tokens.get(end).norm());
                end++;
            }
            // «الهيئة العامة للرعاية الصحية», «السلطة الوطنية المستقلة للانتخابات»: what the body is for
            if (institutional || (placeAdjective || namedByPlace && end == nameEnd) && head.type() == EntityType.ORGANIZATION) {
                end = purposeEnd(tokens, end, limit);
            }
            // «المديرية الجهوية للصحة بقابس», «المحكمة الابتدائية بصفاقس», «المجلس الجماعي للطاح»: a regional
            // or local body is named by its seat after «بـ» or «لـ»
            int seat = head.type() == EntityType.ORGANIZATION ? localSeatEnd(tokens, nameEnd, end, limit) : -1;
            if (seat > end) {
                end = seat;
                institutional = true;
            }
        }
        if (end == i + 1 || (definite && end == nameEnd && entryId == null && !Mentions.isQuote(next))) {
            return null;
        }
        // «المنتخب المغربي», «الجيش الإسرائيلي» name a body; «المجلس البلدي», «الفريق الأول» do not
        // «المجمع الرئاسي بأنقرة», «القصر الوطني في مكسيكو سيتي»: a built place located in a known place
        boolean located = definite && head.type() == EntityType.PLACE && head.keep() && end > nameEnd
                && knownPlaceAt(tokens, end, limit);
        if (definite && entryId == null && !Mentions.isQuote(next) && !placeAdjective && !located && !institutional) {
            return null;
        }
        // a head with only ordinary words after it («مجلس الإدارة», «صندوق الاقتراع») is no name
        if (!definite && entryId == null && !Mentions.isQuote(next) && !facilityName
                && !distinctive(tokens, i + 1, end, placeAdjective) && !institutionGenitive(head, tokens, i + 1, end)) {
            return null;
        }
        // «مركز أبوظبي الوطني للمعارض», «مركز عُمان للمؤتمرات والمعارض»: a centre for exhibitions or
        // conferences is a venue, a place
        if (head.type() == EntityType.ORGANIZATION && t.norm().endsWith("مركز") && namesVenue(tokens, i + 1, end)) {
            return new Phrase(i, end, i, end, EntityType.PLACE, "Facility", entryId, head);
        }
        // «جماعة أمزميز», «جماعة تفنيت»: a commune (the Maghreb's rural municipality) named by a word the
        // language does not know is the locality
        if (!definite && t.norm().equals("جماعه") && namedByWord && entryId == null && nameEnd == i + 2
                && !words.gazetteer().knowsWord(tokens.get(i + 1).norm())) {
            return new Phrase(i, nameEnd, nameStart, nameEnd, EntityType.PLACE, "City", null, head);
        }
        if (head.keep()) {
            return new Phrase(i, end, i, end, head.type(), head.subtype(), entryId, head);
        }
        return new Phrase(i, nameEnd, nameStart, nameEnd, head.type(), head.subtype(), entryId, head);
    }

    private static final Set<String> LOCAL_ADJECTIVES = Set.of("الجهوي", "الجهويه", "الجماعي", "الجماعيه", "البلدي",
            "البلديه", "الاقليمي", "الاقليميه", "المحلي", "المحليه", "الابتدائيه", "الاستئنافيه", "الولايي", "الولاييه");

    /**
     * After a local adjective among [from, to), the end of «لـ/بـ» + a place (a known place or a word the
     * language does not know), after an optional purpose phrase; or -1.
     */
    private int localSeatEnd(List<Token> tokens, int from, int to, int limit) {
        boolean local = false;
        for (int k = from; k < to; k++) {
            local |= LOCAL_ADJECTIVES.contains(tokens.get(k).norm());
        }
        if (!local) {
            return -1;
        }
        for (int at : new int[] {to, purposeEnd(tokens, to, limit)}) {
            if (at >= limit || !(tokens.get(at).prefix().endsWith("ب") || tokens.get(at).prefix().endsWith("ل"))) {
                continue;
            }
            PhraseIndex.Match<GazetteerEntry> place = words.gazetteer().names().longestAt(tokens, at, limit);
            if (place != null && place.value().type() == EntityType.PLACE) {
                return place.end();
            }
            Token w = tokens.get(at);
            if (w.kind() == Token.Kind.WORD && !words.isCommonWord(w) && !words.isLexiconWord(w) && !words.isStopword(w)
                    && !w.norm().startsWith("ال")) {
                return at + 1;
            }
        }
        return -1;
    }

    private static final Set<String> VENUE_WORDS = Set.of("المعارض", "المؤتمرات", "اكسبو");

    private static boolean namesVenue(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (VENUE_WORDS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * After an indefinite head kept in the name, a one-word title and a person's name («الملك عبدالعزيز»,
     * «الأمير محمد بن فهد»): the place or body is named after that person. Returns the name's end, or k.
     */
    private int honoreeEnd(Lexicon.Head head, boolean definite, List<Token> tokens, int k, int limit) {
        if (!head.keep() || definite || k + 1 >= limit || tokens.get(k).hasPrefix()) {
            return k;
        }
        PhraseIndex.Match<Lexicon.Title> title = words.lexicon().titles().longestAt(tokens, k, limit);
        if (title == null || title.end() != k + 1 || !isHonorific(title.value()) || !words.isFirstName(tokens.get(k + 1), true)
                || tokens.get(k + 1).hasPrefix()) {
            return k;
        }
        int j = k + 2;
        while (j < limit && j - k <= 5 && !tokens.get(j).hasPrefix()
                && (Words.isConnector(tokens.get(j - 1)) || Words.isConnector(tokens.get(j))
                || words.isFirstName(tokens.get(j), true) && !Words.looksLikeNisba(tokens.get(j)))) {
            j++;
        }
        return j;
    }

    /** Titles places and bodies are named with: honorifics («الشيخ») and royal titles («الملك», «الأمير»). */
    private static boolean isHonorific(Lexicon.Title t) {
        return t.kind().equals("honorific") || ROYAL.contains(t.en());
    }

    private static final Set<String> ROYAL = Set.of("King", "Emir", "Sultan", "Prince", "Princess");

    /** Portfolio or genitive noun chain after an organization head: «الصحة والسكان», «الانتخابات». */
    private int portfolioEnd(List<Token> tokens, int k, int limit) {
        return conjoined(tokens, singlePortfolioEnd(tokens, k, limit), limit);
    }

    /**
     * «وزارة الخارجية وشؤون المغتربين», «وزارة الإلكترونيات وتكنولوجيا المعلومات», «غرفة تجارة
     * وصناعة عمان», «لجنة البنيات الأساسية والطاقة والمعادن»: more portfolios joined by «و», each a
     * definite noun or a noun in construct with one (or with a known place). Returns the new end.
     */
    private int conjoined(List<Token> tokens, int e, int limit) {
        for (int n = 0; n < 4 && e < limit && tokens.get(e).prefix().equals("و"); n++) {
            Token t = tokens.get(e);
            // «منظمة الدول الأميركية والاتحاد الأوروبي»: another head begins another body
            if (!isNoun(t) || words.isFirstName(t, false) || Words.looksLikeNisba(t)
                    || words.lexicon().head(t.norm()) != null) {
                break;
            }
            int next = e + 1;
            if (!t.norm().startsWith("ال")) {
                // an indefinite noun needs its genitive: a definite word or a known place
                if (next >= limit || tokens.get(next).hasPrefix() || !isNoun(tokens.get(next))) {
                    break;
                }
                PhraseIndex.Match<GazetteerEntry> place = words.gazetteer().names().longestAt(tokens, next, limit);
                if (place != null && place.value().type() == EntityType.PLACE) {
                    return place.end();
                }
                if (!tokens.get(next).norm().startsWith("ال")) {
                    break;
                }
                next++;
            }
            // adjectives of the joined noun: «والجالية الوطنية»
            while (next < limit && !tokens.get(next).hasPrefix() && tokens.get(next).norm().startsWith("ال")
                    && isNoun(tokens.get(next)) && !words.isPlaceAdjective(tokens.get(next)) && next - e < 3) {
                next++;
            }
            e = next;
        }
        return e;
    }

    private int singlePortfolioEnd(List<Token> tokens, int k, int limit) {
        PhraseIndex.Match<String> p = words.lexicon().portfolios().longestAt(tokens, k, limit);
        if (p != null && !tokens.get(k).hasPrefix()) {
            return p.end();
        }
        int e = k;
        while (e < limit && e - k < 5) {
            Token t = tokens.get(e);
            // «محكمة جنايات الجيزة», «غرفة تجارة وصناعة عمان»: a known place closes the name
            PhraseIndex.Match<GazetteerEntry> place = words.gazetteer().names().longestAt(tokens, e, limit);
            if (place != null && place.value().type() == EntityType.PLACE && e > k && !t.hasPrefix()) {
                return place.end();
            }
            boolean definite = t.norm().startsWith("ال");
            boolean ordinaryGenitive = !definite && e - k < 2 && t.kind() == Token.Kind.WORD && !t.hasPrefix()
                    && words.isCommonWord(t) && "noun".equals(words.lexicon().partOfSpeech(t.norm()));
            if (t.kind() != Token.Kind.WORD || t.hasPrefix() && e == k || !(definite || ordinaryGenitive)
                    || words.isStopword(t) || words.isReportingVerb(t) || Words.looksLikeNisba(t) && e == k
                    || words.lexicon().titles().containsFirstWord(t.norm())) {
                break;
            }
            // «أعلنت هيئة الدفاع المدني الحصيلة»: a definite noun right after a definite word is no genitive
            // of it (a genitive chain puts its indefinite nouns first), but the verb's object
            if (e > k && definite && t.prefix().isEmpty() && tokens.get(e - 1).norm().startsWith("ال")
                    && "noun".equals(words.lexicon().partOfSpeech(t.norm())) && !Words.looksLikeNisba(t)) {
                break;
            }
            // «الصحة والسكان», «للدفاع المدني» inside the name; any other clitic ends it
            if (e > k && t.hasPrefix() && !t.prefix().equals("و") && !(t.prefix().equals("ل") && definite)) {
                break;
            }
            // «منظمة الدول الأميركية والاتحاد الأوروبي»: another head begins another body
            if (e > k && t.prefix().equals("و") && words.lexicon().head(t.norm()) != null) {
                break;
            }
            e++;
        }
        return e;
    }

    /**
     * «للرعاية الصحية», «لتجارة الحبوب», «لانتخابات مجلس الشعب», «للأرصاد الجوية والرصد الزلزالي»:
     * a «لـ» genitive after an institution's adjectives, with the nouns and adjectives that follow it.
     * Returns the end of the name (k if nothing follows).
     */
    private int purposeEnd(List<Token> tokens, int k, int limit) {
        if (k >= limit || !tokens.get(k).prefix().equals("ل") || !isNoun(tokens.get(k))) {
            return k;
        }
        int e = k + 1;
        boolean definite = tokens.get(k).norm().startsWith("ال");
        while (e < limit && e - k < 5) {
            Token t = tokens.get(e);
            boolean joined = t.prefix().equals("و") && t.norm().startsWith("ال");
            if (!(t.prefix().isEmpty() || joined) || !isNoun(t)) {
                break;
            }
            // after an indefinite noun the next word is its genitive («لتجارة الحبوب»); after that only
            // definite words go on
            // «البنك المركزي لجمهورية تركيا»: a known place completes the genitive
            PhraseIndex.Match<GazetteerEntry> place = !definite && e == k + 1
                    ? words.gazetteer().names().longestAt(tokens, e, limit) : null;
            if (place != null && place.value().type() == EntityType.PLACE) {
                return place.end();
            }
            if (!t.norm().startsWith("ال") && (definite || e > k + 1) || words.isFirstName(t, true)) {
                break; // «المركز الوطني للأرصاد عبد الرحمن الزهراني»: a person's name begins
            }
            // «أعلنت اللجنة الوطنية لإحصاء الأصوات النتائج»: after the genitive, a bare noun is the verb's object
            if (definite && e > k + 1 && t.prefix().isEmpty() && "noun".equals(words.lexicon().partOfSpeech(t.norm()))
                    && !Words.looksLikeNisba(t)) {
                break;
            }
            definite |= t.norm().startsWith("ال");
            e++;
        }
        return definite ? e : k;
    }

    private boolean isNoun(Token t) {
        return t.kind() == Token.Kind.WORD && !words.isStopword(t) && !words.isReportingVerb(t)
                && !words.lexicon().titles().containsFirstWord(t.norm()) && !"verb".equals(words.lexicon().partOfSpeech(t.norm()))
                && words.lexicon().weekday(t.normWord()) == null && words.lexicon().months().longestAt(List.of(t), 0, 1) == null;
    }

    /** «بدمشق» or «في دمشق» at token k, with a place the gazetteer knows. */
    private boolean knownPlaceAt(List<Token> tokens, int k, int limit) {
        if (k < limit && tokens.get(k).normWord().equals("في") && !tokens.get(k).hasPrefix()) {
            k++;
        } else if (k >= limit || !tokens.get(k).prefix().endsWith("ب")) {
            return false;
        }
        return k < limit && startsKnownPlace(tokens, k, limit);
    }

    /** «مدينة نصر القاهرة»: a place the gazetteer knows ends the name before it. */
    private boolean startsKnownPlace(List<Token> tokens, int k, int limit) {
        PhraseIndex.Match<GazetteerEntry> g = words.gazetteer().names().longestAt(tokens, k, limit);
        return g != null && g.value().type() == EntityType.PLACE;
    }

    /**
     * A feminine head with a masculine adjective after it: the adjective describes something else
     * («نائب رئيس اللجنة الإسباني» — the vice-president is Spanish, not the committee).
     */
    private static boolean disagrees(Token head, Token adjective) {
        // feminine elatives end in alif («العليا», «الكبرى», «الأولى»), not in ة
        String a = adjective.text();
        return head.text().endsWith("ة") && !a.endsWith("ة") && !a.endsWith("ى") && !a.endsWith("ا");
    }

    /**
     * Something that makes a head phrase a name: a portfolio («وزارة الصحة»), a place adjective or
     * name, a known name, or a word that is not an ordinary word of the language.
     */
    /**
     * «قرية العزيزية», «منطقة العارضية»: after an indefinite head of a place, a definite word the
     * language does not know is the place's name (an adjective would agree: «القرية الصغيرة»).
     */
    private boolean placeName(Lexicon.Head head, Token t) {
        return head.type() == EntityType.PLACE && !head.keep() && t.kind() == Token.Kind.WORD
                && t.norm().startsWith("ال") && t.norm().length() >= 5 && !words.isCommonWord(t)
                && !words.isLexiconWord(t) && !words.isStopword(t) && !words.isReportingVerb(t)
                && !words.isPlaceAdjective(t) && !Words.DIRECTIONS.contains(t.normWord());
    }

    private boolean distinctive(List<Token> tokens, int from, int to, boolean placeAdjective) {
        if (placeAdjective || words.lexicon().portfolios().longestAt(tokens, from, to) != null) {
            return true;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.LATIN || t.kind() == Token.Kind.NUMBER || words.gazetteer().knowsNameWord(t.norm())
                    || t.isWord() && !words.isCommonWord(t) && !words.isLexiconWord(t) && !words.isStopword(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «ديوان المحاسبة», «محكمة الاستئناف», «هيئة كبار العلماء»: an institution head in construct with
     * a definite noun (directly or through one more noun) names the institution even in ordinary words.
     */
    private static boolean institutionGenitive(Lexicon.Head head, List<Token> tokens, int from, int to) {
        if (!head.institution() || to <= from || tokens.get(from).hasPrefix()) {
            return false;
        }
        return tokens.get(from).norm().startsWith("ال") || to > from + 1 && tokens.get(from + 1).norm().startsWith("ال");
    }

    private boolean isPersonName(List<Token> tokens, int k, int limit) {
        PhraseIndex.Match<GazetteerEntry> g = words.gazetteer().names().longestAt(tokens, k, limit);
        return g != null && g.value().type() == EntityType.PERSON;
    }

    private boolean isModifier(Token t) {
        PhraseIndex.Match<Lexicon.Title> m = words.lexicon().titles().longestAt(List.of(t), 0, 1);
        return m != null && m.value().kind().equals("modifier");
    }

    static int closingQuote(List<Token> tokens, int open, int limit) {
        for (int j = open + 1; j < limit && j <= open + 9; j++) {
            if (Mentions.isQuote(tokens.get(j))) {
                return j > open + 1 ? j : -1;
            }
        }
        return -1;
    }
}
