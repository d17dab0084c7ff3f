package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Token;

/**
 * Names found by their context, for entities no gazetteer knows:
 * <ul>
 *   <li>a head noun before a name: «مدينة أنكوراج», «قناة "فوكس نيوز"», «وزارة الصحة المصرية»;</li>
 *   <li>a person after a title, honorific or rank: «وزير الدفاع الروسي أندرية بيلاوسوف», «الدكتور …»;</li>
 *   <li>a person starting with a known given name: «كيريل دميترييف»;</li>
 *   <li>a person right after a reporting verb, before a title or a comma: «وأفاد X Y المبعوث …».</li>
 * </ul>
 */
public final class PatternRecognizer implements EntityRecognizer {
    private static final int MAX_NAME_TOKENS = 4;

    private final Words words;
    private final HeadPhrases heads;
    private final TitleParser titles;

    public PatternRecognizer(Words words) {
        this.words = words;
        this.heads = new HeadPhrases(words);
        this.titles = new TitleParser(words, heads);
    }

    @Override
    public List<Mention> find(NewsDocument d, Sentence s) {
        List<Token> tokens = d.tokens();
        List<Mention> out = new ArrayList<>();
        int limit = s.endToken();
        for (int i = s.firstToken(); i < limit; i++) {
            Token t = tokens.get(i);
            if (Mentions.isComma(t) && i + 1 < limit) {
                int start = nameBeforeApposition(tokens, i, s.firstToken(), limit);
                if (start >= 0) {
                    add(out, Mentions.of(d, start, i, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.8));
                }
            }
            if (!t.isWord()) {
                continue;
            }
            // a name right before a title without a comma: only words that cannot be anything but a name
            // («حقل السلحفاة آحميم الكبير»: an adjective that is also a title, «الكبير», follows a place)
            if (i - 2 >= s.firstToken() && nameOnly(tokens, i - 1, limit) && !tokens.get(i - 1).isPunct()
                    && !"adj".equals(words.lexicon().partOfSpeech(t.norm()))) {
                int start = nameBefore(tokens, i, i, s.firstToken(), limit);
                // (none of its words a name the gazetteer knows: «وتعهد ترامب بإطلاع الرئيس …» is Trump and a verbal noun)
                if (start >= 0 && i - start >= 2 && (start == s.firstToken() || !nameOnly(tokens, start - 1, limit))
                        && noKnownName(tokens, start, i)) {
                    add(out, Mentions.of(d, start, i, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.8));
                }
            }
            for (int[] name : listedNames(tokens, i, limit)) {
                Lexicon.Head head = words.lexicon().head(t.norm());
                add(out, Mentions.of(d, name[0], name[1], head.type(), head.subtype(), Mention.Origin.PATTERN, null, 0.85));
            }
            int placeEnd = placeByDirection(tokens, i, limit);
            if (placeEnd > i) {
                add(out, Mentions.of(d, i, placeEnd, EntityType.PLACE, "City", Mention.Origin.PATTERN, null, 0.8));
            }
            int company = sectorCompanyEnd(tokens, i, limit);
            if (company > 0) {
                add(out, Mentions.of(d, i, company, EntityType.ORGANIZATION, "Company", Mention.Origin.PATTERN, null, 0.85));
            }
            HeadPhrases.Phrase h = heads.headPhrase(tokens, i, limit);
            if (h != null && !insideStateTitle(tokens, i, h.nameEnd(), limit)) {
                add(out, Mentions.of(d, h.nameStart(), h.nameEnd(), h.type(), h.subtype(), Mention.Origin.PATTERN,
                        h.entryId(), 0.9));
            }
            int afterTitle = skipParenthesis(tokens, titleEnd(tokens, i, limit), limit);
            if (afterTitle > i) {
                int n = personName(tokens, afterTitle, limit, true);
                // after an honorific or rank alone («الفريق», «العميد» are also "the team", "the dean")
                // a name must start with a given name or have two parts
                boolean honorificOnly = titles.chain(tokens, i, limit).isEmpty()
                        && titles.chain(tokens, titles.honorificEnd(tokens, i, limit) > 0
                                ? titles.honorificEnd(tokens, i, limit) : i, limit).isEmpty();
                boolean ambiguousTitle = titles.chain(tokens, i, limit).stream().anyMatch(p -> p.title().needsFullName());
                if ((honorificOnly || ambiguousTitle) && n == 1 && !words.isFirstName(tokens.get(afterTitle), true)) {
                    n = 0; // «لن يعيد الحكم أولادي»: the verdict, not a referee
                }
                // «مدرب الفيصلي»: one definite word ending in ي after a title is a club or a body
                // («الفيصلي», «الأهلي»), not a person; a surname alone is found from the full name
                // nor is one definite word the language or the gazetteer does not know as a name
                // («رئيسة الهلال الأحمر», «مدير عام دائرة شؤون الألغام»)
                Token only = tokens.get(afterTitle);
                if (n == 1 && (Words.looksLikeNisba(only) || only.norm().startsWith("ال")
                        && !words.isFirstName(only, true) && !words.gazetteer().knowsWord(only.norm()))) {
                    n = 0;
                }
                // «مدرب صن داونز البرتغالي نونو سيكيرا»: unknown words, a nationality, then a name — the
                // first words are the team or body, the person comes after the nationality
                int nat = afterTitle + n;
                var nisba = n > 0 && nat < limit && !words.isFirstName(tokens.get(afterTitle), true)
                        ? words.gazetteer().nisba().longestAt(tokens, nat, limit) : null;
                int second = nisba != null && !tokens.get(nat).hasPrefix() ? personName(tokens, nisba.end(), limit, true) : 0;
                if (second >= 2 || second == 1 && words.isFirstName(tokens.get(nisba.end()), false)) {
                    add(out, Mentions.of(d, afterTitle, nat, EntityType.ORGANIZATION, "", Mention.Origin.PATTERN, null, 0.7));
                    add(out, Mentions.of(d, nisba.end(), nisba.end() + second, EntityType.PERSON, "", Mention.Origin.PATTERN,
                            null, 0.85));
                } else {
                    // a title longer than the parser follows; one unknown word after it goes on the title
                    // when a full name closes it further on («كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي»)
                    boolean runsOn = !ambiguousTitle && (n == 1 && !words.isFirstName(tokens.get(afterTitle), true)
                            || n == 0 && !titles.chain(tokens, skipHonorifics(tokens, i, limit), limit).isEmpty());
                    int later = runsOn ? holderAfterLongTitle(tokens, afterTitle, limit) : -1;
                    if (later >= 0 && (n == 0 || later > afterTitle + 1)) {
                        add(out, Mentions.of(d, later, later + holderName(tokens, later, limit), EntityType.PERSON, "",
                                Mention.Origin.PATTERN, null, 0.8));
                    } else if (n > 0) {
                        add(out, Mentions.of(d, afterTitle, afterTitle + n, EntityType.PERSON, "", Mention.Origin.PATTERN,
                                null, 0.85));
                    }
                }
            }
            if (kunya(tokens, i, limit) > 0) {
                add(out, Mentions.of(d, i, i + 2, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.8));
            }
            int speaker = introducedSpeakerEnd(tokens, i, limit);
            if (speaker > i + 1) {
                add(out, Mentions.of(d, i + 1, speaker, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.8));
            }
            // a given name that is also a word («نبيل», «أمل») starts a name when a surname the
            // language does not know follows it («التونسي نبيل الكوكي»)
            boolean compound = i + 1 < limit && (tokens.get(i + 1).normWord().equals("الدين")
                    || tokens.get(i + 1).normWord().equals("الله")) && !tokens.get(i + 1).hasPrefix();
            // «عبد الرحيم بنشقرون»: «عبد» bound to a divine name is a given name whatever the list holds
            boolean servant = t.normWord().equals("عبد") && !t.hasPrefix() && i + 2 < limit
                    && tokens.get(i + 1).norm().startsWith("ال") && !tokens.get(i + 1).hasPrefix()
                    && unknownSurname(tokens.get(i + 2));
            boolean given = servant || words.isFirstName(t, false) || words.isFirstName(t, true) && i + 1 < limit
                    && (compound || !words.lexicon().isCommonWord(t.norm()) && unknownSurname(tokens.get(i + 1)));
            if (given && (i == s.firstToken() || !words.isFirstName(tokens.get(i - 1), true)
                    || tokens.get(i - 1).isPunct())) {
                int n = personName(tokens, i, limit, false);
                if (n >= 2) {
                    add(out, Mentions.of(d, i, i + n, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.8));
                }
            }
            // «السويدي أرماند دوبلانتيس», «الكينية جوي تشيبكيموي»: a nationality standing as a noun, then
            // a name of words the language does not know
            if (t.norm().startsWith("ال") && words.isPlaceAdjective(t) && !t.hasPrefix() && i + 2 < limit
                    && (i == s.firstToken() || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).norm().startsWith("ال")
                    || words.lexicon().titles().containsFirstWord(tokens.get(i - 1).norm()))) {
                int n = foreignName(tokens, i + 1, limit);
                if (n >= 2) {
                    add(out, Mentions.of(d, i + 1, i + 1 + n, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.75));
                }
            }
            if (words.isReportingVerb(t) && !words.reportingVerb(t).isParticiple() && i + 2 < limit) {
                int n = personName(tokens, i + 1, limit, false);
                int after = i + 1 + n;
                if (n >= 2 && after < limit && (tokens.get(after).isPunct() || titles.parse(tokens, after, limit) != null)) {
                    add(out, Mentions.of(d, i + 1, after, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.7));
                } else {
                    // «وقال عمر عون إن …»: a given name, then words up to «إن», «:» or a comma, is the
                    // speaker, even when the family name is an ordinary word («عون», «حداد», «نجار»)
                    int m = speakerName(tokens, i + 1, limit);
                    if (m > 0) {
                        add(out, Mentions.of(d, i + 1, i + 1 + m, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0.75));
                    }
                }
            }
        }
        return out;
    }

    private int skipHonorifics(List<Token> tokens, int i, int limit) {
        int h;
        while ((h = titles.honorificEnd(tokens, i, limit)) > 0) {
            i = h;
        }
        return i;
    }

    /**
     * Where the holder's name begins after a title longer than the parser follows («رئيسة قسم
     * التعاون في بعثة الاتحاد الأوروبي لدى العراق كلارا فيشر»), walking the words a title may still
     * hold; or -1 when the walk ends with no name.
     */
    int holderAfterLongTitle(List<Token> tokens, int from, int limit) {
        // at the title's end only a given name that is also a word; a plain name there was tried already
        return titles.nameAfter(tokens, from, limit,
                k -> holderName(tokens, k, limit) > 0 && (k > from || words.isCommonWord(tokens.get(k))));
    }

    /**
     * «قالت ميته سورينسن، مديرة برنامج …», «نقلت رويترز عن إمره دمير، كبير الاقتصاديين …»: the words
     * between a reporting verb, «عن» or a punctuation mark and a comma that opens a post title are a
     * name, when they are two to four and at least one is a given name or a word the language does not
     * know. Returns where the name starts, or -1.
     */
    private int nameBeforeApposition(List<Token> tokens, int comma, int first, int limit) {
        return nameBefore(tokens, comma, comma + 1, first, limit);
    }

    private boolean noKnownName(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.gazetteer().names().longestAt(tokens, j, to) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name that ends at {@code end} right before a post title at {@code title} (a comma between
     * them, or none: «وعن الجانب الياباني كينجي ساتو نائب الرئيس التنفيذي»). Returns its start, or -1.
     */
    private int nameBefore(List<Token> tokens, int end, int title, int first, int limit) {
        int comma = end;
        List<TitleParser.TitlePhrase> chain = titles.chain(tokens, title, limit);
        if (chain.isEmpty() || chain.get(0).title().needsFullName() || tokens.get(title).hasPrefix()) {
            return -1;
        }
        // walk back over words that can only be a name: given names and words the language does not know
        int k = comma;
        while (k - 1 >= first && comma - (k - 1) <= MAX_NAME_TOKENS && nameOnly(tokens, k - 1, limit)) {
            k--;
        }
        // «قالت ميته سورينسن،»: a given name that is also a word, right after a reporting verb or «عن»
        if (k - 1 >= first && k < comma && comma - (k - 1) <= MAX_NAME_TOKENS && tokens.get(k - 1).isWord()
                && !tokens.get(k - 1).hasPrefix() && words.isCommonWord(tokens.get(k - 1)) && !words.isStopword(tokens.get(k - 1))
                && words.lexicon().titles().longestAt(tokens, k - 1, k) == null
                && k - 2 >= first && (words.isReportingVerb(tokens.get(k - 2)) || tokens.get(k - 2).normWord().equals("عن"))) {
            k--;
        }
        if (comma - k < 2 || tokens.get(k).hasPrefix() && !tokens.get(k).prefix().equals("و")) {
            return -1;
        }
        for (int j = k; j < comma; j++) {
            Token t = tokens.get(j);
            if (j > k && t.hasPrefix() || titles.parse(tokens, j, limit) != null || heads.headPhrase(tokens, j, limit) != null
                    || isNonPersonGazetteerName(tokens, j, limit) || "verb".equals(words.lexicon().partOfSpeech(t.norm()))) {
                return -1;
            }
        }
        return tokens.get(k).hasPrefix() ? -1 : k;
    }

    /** A word that can only be part of a name here: a given name, a word the language does not know, Latin letters. */
    private boolean nameOnly(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        if (!t.isWord() || words.isStopword(t) || words.isReportingVerb(t)) {
            return false;
        }
        // «حذّرت الدكتورة منى الشاذلي، أستاذة …»: an honorific or title before the name is not part of it
        var title = words.lexicon().titles().longestAt(tokens, k, k + 1);
        if (title != null && !words.isFirstName(t, false)) {
            return false;
        }
        return t.kind() == Token.Kind.LATIN || words.isFirstName(t, true) && !words.isCommonWord(t) || unknownSurname(t)
                || Words.isConnector(t) && k + 1 < limit && words.canBeNamePart(tokens.get(k + 1));
    }


    /**
     * «أم محمد (45 عاماً)», «أبو أحمد»: a kunya, the way neighbours and witnesses are often named,
     * when what follows closes a name. Returns 2, or 0.
     */
    private int kunya(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        String w = t.normWord();
        if (!(w.equals("ام") || w.equals("ابو")) || i + 2 >= limit || !words.isFirstName(tokens.get(i + 1), false)
                || tokens.get(i + 1).hasPrefix()) {
            return 0;
        }
        Token next = tokens.get(i + 2);
        return next.text().equals("(") || Mentions.isComma(next) || words.isReportingVerb(next)
                || "verb".equals(words.lexicon().partOfSpeech(next.norm())) ? 2 : 0;
    }

    private static final java.util.Set<String> CLOSERS = java.util.Set.of("قوله", "قولها", "قولهم");

    /**
     * Length of a name that may close a long title, or 0: it starts with a given name, or it is two
     * or more unknown words followed by what ends a subject (punctuation, a verb, «إن», «قوله», a
     * date word, another title). Unknown words followed by more title words belong to the title
     * («مديرة برنامج أونماس في العراق»).
     */
    private int holderName(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        if (t.hasPrefix() || !t.isWord() || isNonPersonGazetteerName(tokens, k, limit)) {
            return 0;
        }
        int n = personName(tokens, k, limit, true);
        // «قائد الفريق مفتاح الورفلي فقال»: a given name that is also a word, then a surname
        if (n == 0 && k + 2 <= limit && words.isCommonWord(t) && !words.isStopword(t) && k + 1 < limit
                && unknownSurname(tokens.get(k + 1)) && (k + 2 == limit || closes(tokens, k + 2, limit))
                && titles.parse(tokens, k, limit) == null && heads.headPhrase(tokens, k, limit) == null) {
            return 2;
        }
        if (n == 0) {
            return 0;
        }
        int end = k + n;
        // «رالف ريغنفانو للصحفيين»: after a title's holder, a word behind «لـ/بـ» starts a complement
        boolean closed = end >= limit || closes(tokens, end, limit) || tokens.get(end).prefix().endsWith("ل")
                || tokens.get(end).prefix().endsWith("ب");
        boolean given = words.isFirstName(t, false) || words.isFirstName(t, true) && n >= 2;
        if (given && (n >= 2 || closed)) {
            return n;
        }
        return n >= 2 && closed && !words.isCommonWord(t) ? n : 0;
    }

    private boolean closes(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        if (t.isPunct()) {
            return true;
        }
        String w = t.normWord();
        boolean placePreposition = t.prefix().isEmpty() && (w.equals("في") || w.equals("لدي") || w.equals("من")
                || w.equals("عن") || w.equals("الي"));
        // «… دا سيلفا أربع مباريات»: a number word ends a name
        return !placePreposition && (words.isStopword(t) || words.isReportingVerb(t) || CLOSERS.contains(t.norm())
                || words.lexicon().numbers().longestAt(tokens, k, limit) != null
                || "verb".equals(words.lexicon().partOfSpeech(t.norm())) || words.lexicon().weekday(t.norm()) != null
                || titles.parse(tokens, k, limit) != null);
    }

    /**
     * The names after a plural or dual head («محافظتي أبين والضالع», «أحياء الدقي والعجوزة وبولاق
     * الدكرور»), joined by «و» or commas, each as {start, end}; names the gazetteer knows are left
     * to it.
     */
    private List<int[]> listedNames(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        Lexicon.Head head = t.kind() == Token.Kind.WORD ? words.lexicon().head(t.norm()) : null;
        List<int[]> out = new ArrayList<>();
        if (head == null || !head.complement().equals("list")) {
            return out;
        }
        int k = i + 1;
        boolean first = true;
        while (k < limit && out.size() < 8) {
            if (!first && Mentions.isComma(tokens.get(k))) {
                k++;
            }
            if (k >= limit || !first && !tokens.get(k).prefix().equals("و") && !Mentions.isComma(tokens.get(k - 1))
                    || first && tokens.get(k).hasPrefix()) {
                break;
            }
            var known = words.gazetteer().names().longestAt(tokens, k, limit);
            int end = known != null ? known.end() : k;
            if (known == null) {
                while (end < limit && end - k < 3 && (end == k || !tokens.get(end).hasPrefix())
                        && (listNamePart(tokens, end, limit) || end == k && !first && listedWord(tokens, end))) {
                    end++;
                }
                if (end > k) {
                    out.add(new int[] {k, end});
                }
            }
            if (end == k) {
                break;
            }
            k = end;
            first = false;
        }
        return out;
    }

    /**
     * «في تفنيت جنوبي طانطان», «بلدة بارا شمال الأبيض»: one or two words the language does not know,
     * then a direction and a place the gazetteer knows, name a place. Returns the name's end, or -1.
     */
    private int placeByDirection(List<Token> tokens, int i, int limit) {
        Token first = tokens.get(i);
        if (!first.prefix().isEmpty() && !first.prefix().endsWith("ب") && !first.prefix().equals("و")) {
            return -1;
        }
        int j = i;
        while (j < limit && j - i < 2 && unknownPlaceWord(tokens.get(j)) && (j == i || !tokens.get(j).hasPrefix())) {
            j++;
        }
        if (j == i || j + 1 >= limit || !Words.DIRECTIONS.contains(tokens.get(j).normWord()) || tokens.get(j).hasPrefix()) {
            return -1;
        }
        var place = words.gazetteer().names().longestAt(tokens, j + 1, limit);
        return place != null && place.value().type() == EntityType.PLACE && !tokens.get(j + 1).hasPrefix() ? j : -1;
    }

    private boolean unknownPlaceWord(Token t) {
        return t.kind() == Token.Kind.WORD && t.norm().length() >= 3 && !words.isCommonWord(t) && !words.isLexiconWord(t)
                && !words.isStopword(t) && !words.isFirstName(t, true) && !words.isPlaceAdjective(t)
                && !words.gazetteer().knowsWord(t.norm()) && !Words.DIRECTIONS.contains(t.normWord());
    }

    /** «أحياء الدقي والعجوزة»: in a list after a plural head, a definite word is a name even if the language knows it. */
    private boolean listedWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.WORD && t.norm().startsWith("ال") && t.norm().length() >= 4 && !words.isStopword(t)
                && !words.isLexiconWord(t) && !words.isPlaceAdjective(t) && !words.isReportingVerb(t)
                && !Words.DIRECTIONS.contains(t.normWord());
    }

    private boolean listNamePart(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        // «أم العرائس», «بئر الجير»: a name may begin with a word that binds the next
        if ((t.norm().equals("ام") || t.norm().equals("بئر") || t.norm().equals("عين") || t.norm().equals("سيدي"))
                && k + 1 < limit && !tokens.get(k + 1).hasPrefix() && tokens.get(k + 1).isWord()) {
            return true;
        }
        return t.kind() == Token.Kind.WORD && t.norm().length() >= 2 && !words.isStopword(t) && !words.isReportingVerb(t)
                && !words.isLexiconWord(t) && !words.isPlaceAdjective(t) && !Words.DIRECTIONS.contains(t.normWord())
                && (!words.isCommonWord(t) || words.gazetteer().knowsWord(t.norm()))
                && !"verb".equals(words.lexicon().partOfSpeech(t.norm()));
    }

    /**
     * «كوتاك للأوراق المالية», «هانبيت إنديا للاتصالات», «طوكيو للطاقة الكهربائية»: one to three
     * words the language does not know (or a known place), then «لـ» and a sector, name a company.
     * Returns the end of the name, or -1.
     */
    private int sectorCompanyEnd(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.isWord() || t.hasPrefix() || i > 0 && tokens.get(i - 1).isWord() && !tokens.get(i - 1).hasPrefix()
                && unknownSurname(tokens.get(i - 1))) {
            return -1; // start at the first word of the name
        }
        int k = i;
        while (k < limit && k - i < 3) {
            Token w = tokens.get(k);
            var place = words.gazetteer().names().longestAt(tokens, k, limit);
            if (k == i && place != null && place.value().type() == EntityType.PLACE && !w.hasPrefix()) {
                k = place.end();
                continue;
            }
            if (w.hasPrefix() || !(unknownSurname(w) || w.kind() == Token.Kind.LATIN) || words.isFirstName(w, false)) {
                break;
            }
            k++;
        }
        if (k == i || k >= limit || !tokens.get(k).prefix().endsWith("ل")) {
            return -1;
        }
        PhraseIndex.Match<String> sector = words.lexicon().sectors().longestAt(tokens, k, limit);
        return sector != null ? sector.end() : -1;
    }

    /**
     * «جورج حداد», «مروان نجار»: a family name that is also a word («blacksmith», «carpenter»), known
     * as such because the annotated corpus mostly meets it inside people's names.
     */
    private boolean familyWord(Token t) {
        if (!t.isWord() || t.hasPrefix() || words.isStopword(t) || words.isReportingVerb(t)) {
            return false;
        }
        var st = words.vocabulary().stats(t.norm());
        return st.count() >= 3 && st.inPerson() * 2 >= st.count();
    }

    /** Length of a run of 2–4 words that are given names or unknown words, or 0. */
    private int foreignName(List<Token> tokens, int i, int limit) {
        int k = i;
        while (k < limit && k - i < MAX_NAME_TOKENS) {
            Token t = tokens.get(k);
            boolean part = words.isFirstName(t, true) && !t.hasPrefix() || unknownSurname(t);
            if (!part || words.isPlaceAdjective(t) || heads.headPhrase(tokens, k, limit) != null
                    || isNonPersonGazetteerName(tokens, k, limit)) {
                break;
            }
            k++;
        }
        return k - i;
    }

    /** «سيواجه», «ستعقد», «سنعمل»: سـ before an imperfect verb. */
    private boolean looksLikeFutureVerb(Token t) {
        String w = t.normWord();
        return w.length() >= 5 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0
                && !words.gazetteer().knowsWord(t.norm());
    }

    /** A word no lexicon, gazetteer or corpus counts as ordinary: likely a family name. */
    private boolean unknownSurname(Token t) {
        return t.isWord() && !t.hasPrefix() && words.canBeNamePart(t) && !words.isCommonWord(t)
                && (!words.vocabulary().contains(t.norm()) || words.vocabulary().stats(t.norm()).inPerson() > 0);
    }

    /** Length of «GIVEN WORD…» (2–4 words) closed by «إن», «أن», «:» or «،», or 0. */
    private int speakerName(List<Token> tokens, int i, int limit) {
        if (i >= limit || !words.isFirstName(tokens.get(i), true) || words.isStopword(tokens.get(i))
                || tokens.get(i).normWord().equals("ان") || titles.parse(tokens, i, limit) != null) {
            return 0;
        }
        for (int k = i + 1; k < limit && k - i <= MAX_NAME_TOKENS; k++) {
            Token t = tokens.get(k);
            String w = t.normWord();
            boolean closes = w.equals("ان") || w.equals(":") || w.equals("،") || w.equals(",");
            if (closes) {
                return k - i >= 2 ? k - i : 0;
            }
            if (!t.isWord() || t.hasPrefix() || words.isStopword(t) || words.isReportingVerb(t)
                    || words.lexicon().titles().containsFirstWord(t.norm()) || heads.headPhrase(tokens, k, limit) != null
                    || isNonPersonGazetteerName(tokens, k, limit) || "verb".equals(words.lexicon().partOfSpeech(t.norm()))) {
                return 0;
            }
        }
        return 0;
    }

    private static void add(List<Mention> out, Mention m) {
        if (m != null) {
            out.add(m);
        }
    }

    /** «المدير العام للمراكز الأفريقية (أفريكا سي دي سي) جان كاسيا»: a short parenthesis before the name. */
    private static int skipParenthesis(List<Token> tokens, int k, int limit) {
        if (k < limit && tokens.get(k).text().equals("(")) {
            for (int j = k + 1; j < limit && j <= k + 7; j++) {
                if (tokens.get(j).text().equals(")")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /** If a title chain or an honorific starts at i, the token after it; otherwise i. */
    private int titleEnd(List<Token> tokens, int i, int limit) {
        int k = i;
        int h;
        while ((h = titles.honorificEnd(tokens, k, limit)) > 0) {
            k = h;
        }
        List<TitleParser.TitlePhrase> chain = titles.chain(tokens, k, limit);
        // «المهندس سلطان الدخيل»: after an honorific, a given name that is also a title begins the name
        boolean givenName = k > i && words.isFirstName(tokens.get(k), true) && k + 1 < limit
                && !tokens.get(k + 1).hasPrefix() && words.canBeNamePart(tokens.get(k + 1));
        if (!chain.isEmpty() && !givenName) {
            k = chain.get(chain.size() - 1).end();
            while ((h = titles.honorificEnd(tokens, k, limit)) > 0) {
                k = h;
            }
        }
        return k;
    }

    /**
     * Length of a person's name starting at token i, or 0. The first token may carry a clitic; later
     * ones may not («بوتين وترامب» is two names). Connectors («بن», «عبد», «أبو») must be followed by a name part.
     */
    int personName(List<Token> tokens, int i, int limit, boolean afterTitle) {
        if (i >= limit) {
            return 0;
        }
        Token first = tokens.get(i);
        // a name right after a title takes no preposition («المتحدث باسم الإدارة للطيران» is no name)
        // nor «و» («بالرئيس المنتخب وهنأته»), and is no verb in the future («الرئيس الجديد سيواجه»)
        // and «باسم» after a title is «on behalf of», not the given name Basem
        if (afterTitle && (first.prefix().matches(".*[بلكو]") && !words.isFirstName(first, false)
                || first.normWord().equals("باسم"))) {
            return 0;
        }
        boolean firstOk = Words.isConnector(first) ? i + 1 < limit && connected(tokens.get(i + 1))
                : words.canBeNamePart(first);
        // «المهندس سلطان الدخيل»: after a title, a given name that is also a title («سلطان», «أمير») starts the name
        boolean givenTitle = afterTitle && words.isFirstName(first, true) && i + 1 < limit
                && !tokens.get(i + 1).hasPrefix() && words.canBeNamePart(tokens.get(i + 1));
        if (!firstOk || heads.headPhrase(tokens, i, limit) != null || titles.parse(tokens, i, limit) != null && !givenTitle) {
            return 0;
        }
        if (!afterTitle && words.gazetteer().names().longestAt(tokens, i, limit) != null
                && words.gazetteer().firstName(first.norm()) == null) {
            return 0; // a known place or organization, not a person
        }
        // «رئيس غرفة تجارة وصناعة عُمان سالم بن حمود الحارثي»: a known place closing the title, then the name
        var known = afterTitle ? words.gazetteer().names().longestAt(tokens, i, limit) : null;
        if (known != null && known.value().type() != EntityType.PERSON && known.end() < limit
                && words.gazetteer().firstName(first.norm()) == null && words.isFirstName(tokens.get(known.end()), true)) {
            return 0;
        }
        // «عبد الباقي …»: the connector and the word it binds are one part
        int k = Words.isConnector(first) ? i + 2 : i + 1;
        int parts = 1;
        while (k < limit && parts < MAX_NAME_TOKENS) {
            Token t = tokens.get(k);
            if (t.hasPrefix()) {
                break;
            }
            if (Words.isConnector(t) && k + 1 < limit && connected(tokens.get(k + 1))
                    && !tokens.get(k + 1).hasPrefix()) {
                k += 2;
                parts++;
                continue;
            }
            // «سعد الدين», «نور الدين», «فتح الله»: the second word of a compound given name
            if (t.normWord().equals("الدين") || t.normWord().equals("الله")) {
                k++;
                continue;
            }
            // «محمد الأمين سويف»: a given name after a given name is part of the name, title word or not
            if (t.norm().startsWith("ال") && words.isFirstName(t, true) && words.isFirstName(tokens.get(k - 1), true)
                    && !t.hasPrefix()) {
                k++;
                parts++;
                continue;
            }
            // «شيخة بنت سالم الحبسية»: after «بن/بنت», a family name may read like a nisba adjective
            boolean family = Words.looksLikeNisba(t) && !words.isPlaceAdjective(t) && !words.isCommonWord(t)
                    && k >= i + 2 && (tokens.get(k - 2).normWord().equals("بن") || tokens.get(k - 2).normWord().equals("بنت"));
            if (family) {
                k++;
                parts++;
                continue;
            }
            if (!(words.canBeNamePart(t) || familyWord(t)) || titles.parse(tokens, k, limit) != null
                    || heads.headPhrase(tokens, k, limit) != null
                    || isNonPersonGazetteerName(tokens, k, limit)) {
                break;
            }
            k++;
            parts++;
        }
        // «وزير التربية والتعليم عزمي محافظة، …»: a given name, then a family name that is also a word,
        // closed by a comma, a verb or «إن»
        if (afterTitle && k == i + 1 && words.isFirstName(first, true) && k + 1 < limit) {
            Token sur = tokens.get(k);
            if (sur.isWord() && !sur.hasPrefix() && !words.canBeNamePart(sur) && sur.norm().length() >= 3
                    && !words.isStopword(sur) && !Words.DIRECTIONS.contains(sur.normWord())
                    && !words.isReportingVerb(sur) && titles.parse(tokens, k, limit) == null
                    && heads.headPhrase(tokens, k, limit) == null && !words.isPlaceAdjective(sur)
                    && !"verb".equals(words.lexicon().partOfSpeech(sur.norm())) && closes(tokens, k + 1, limit)) {
                k++;
            }
        }
        // «شريك يفهم الأسواق»: one word in the imperfect after a title is a verb, not a surname
        boolean imperfect = first.normWord().length() <= 5 && first.normWord().startsWith("ي") && !first.hasPrefix()
                && !words.isFirstName(first, true) && !words.gazetteer().knowsWord(first.norm());
        if (afterTitle && k - i == 1 && imperfect) {
            return 0;
        }
        if (afterTitle && k - i == 1 && looksLikeFutureVerb(first) && !words.isFirstName(first, false)) {
            return 0; // «الرئيس الجديد سيواجه …» (but «سيموني إنزاغي» is a name)
        }
        return k - i;
    }

    /**
     * «قالت غريس، وهي ممرضة …», «تقول رشيدة، وهي أم …», «قال خضر إلياس، وهو …»: after a reporting verb,
     * one to three name words and then «وهو/وهي» (a description of who spoke) are a person's name, even a
     * given name alone. Returns the name's end, or -1.
     */
    private int introducedSpeakerEnd(List<Token> tokens, int v, int limit) {
        if (!words.isReportingVerb(tokens.get(v))) {
            return -1;
        }
        int k = v + 1;
        while (k < limit && k - v <= 3 && tokens.get(k).isWord() && !tokens.get(k).hasPrefix()
                && (words.isFirstName(tokens.get(k), true) || words.canBeNamePart(tokens.get(k)))
                && titles.parse(tokens, k, limit) == null && heads.headPhrase(tokens, k, limit) == null) {
            k++;
        }
        if (k == v + 1) {
            return -1;
        }
        int j = skipParenthesis(tokens, k, limit);
        if (j < limit && Mentions.isComma(tokens.get(j))) {
            j++;
        }
        boolean described = j < limit && (tokens.get(j).normWord().equals("وهي") || tokens.get(j).normWord().equals("وهو"));
        // «"…"، تقول سارة.», «وقالت سارة:»: a known given name alone, closed by punctuation
        boolean alone = k == v + 2 && words.isFirstName(tokens.get(v + 1), false) && k < limit && tokens.get(k).isPunct()
                && !Mentions.isQuote(tokens.get(k)) && !tokens.get(k).text().equals("(");
        return described || alone ? k : -1;
    }

    /**
     * What may follow a connector: a name part, or after «عبد» any definite word («عبد الأمير»,
     * «عبد الرحمن» — divine names that are also ordinary words or titles).
     */
    private boolean connected(Token next) {
        return words.canBeNamePart(next) || next.kind() == Token.Kind.WORD && next.norm().startsWith("ال")
                && next.norm().length() >= 4 && !words.isStopword(next) && !words.isReportingVerb(next);
    }

    private boolean isNonPersonGazetteerName(List<Token> tokens, int k, int limit) {
        var m = words.gazetteer().names().longestAt(tokens, k, limit);
        return m != null && m.value().type() != EntityType.PERSON
                && words.gazetteer().firstName(tokens.get(k).norm()) == null;
    }

    public TitleParser titles() {
        return titles;
    }

    /**
     * «رئيس مجلس الوزراء»: a state's post whose fixed wording names a body; the body is part of the
     * title, not an organization the article mentions (unlike «رئيس مجلس النواب», a body's own post).
     */
    private boolean insideStateTitle(List<Token> tokens, int i, int end, int limit) {
        if (i == 0 || tokens.get(i).hasPrefix()) {
            return false;
        }
        PhraseIndex.Match<Lexicon.Title> m = words.lexicon().titles().longestAt(tokens, i - 1, limit);
        return m != null && m.value().isPost() && m.value().scope().equals("country") && m.end() >= end;
    }

    public HeadPhrases heads() {
        return heads;
    }
}
