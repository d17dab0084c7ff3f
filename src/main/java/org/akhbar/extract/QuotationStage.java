package org.akhbar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotation;
import org.akhbar.nlp.Reference;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.TimeExpression;
import org.akhbar.nlp.Token;

/**
 * Statements: who said what, how, through whom, on what occasion.
 * <ul>
 *   <li><b>direct</b>: a quotation after «:», after «أن/إن» or a reporting verb, or followed by
 *       «، قال X»;</li>
 *   <li><b>partial</b>: a quoted fragment inside the reporter's sentence («وصف القمة بـ"المثمرة"»);</li>
 *   <li><b>indirect</b>: the clause after «أن/إن» that follows a reporting verb, when it quotes nothing.</li>
 * </ul>
 * The speaker is the subject after the reporting verb (a name, a title alone, an institution); a
 * participle («مؤكداً», «قائلاً») continues the sentence's subject; an elided subject («وأضاف:»)
 * is whoever spoke last. «نقلت وكالة X عن Y» makes Y the speaker and X the medium; «لقناة X» and
 * «في مقابلة مع X» name the medium too. The occasion is an event the sentence places the
 * statement in («خلال المؤتمر الصحافي», «في مقابلة»).
 */
public final class QuotationStage extends BaseStage {
    private static final int SUBJECT_WINDOW = 6;
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("فيما", "بينما", "وسط", "حيث", "كما",
            "لكن", "غير", "بعدما", "عندما", "وفيما", "وبينما");

    private final Words words;
    private final Lexicon lex;
    private final TitleParser titles;

    public QuotationStage(Words words) {
        super("statements", Set.of(Layer.ENTITIES, Layer.REFERENCES, Layer.EVENTS, Layer.TIMEX, Layer.ROLES),
                Set.of(Layer.QUOTATIONS));
        this.words = words;
        this.lex = words.lexicon();
        this.titles = new TitleParser(words, new HeadPhrases(words));
    }

    /** Per-document working state. */
    private final class Doc {
        final NewsDocument d;
        final List<Token> t;
        final int[] entityAt;
        int lastSpeaker = -1;
        List<QuoteSpans.Quote> quotes = List.of();
        final List<Quotation> out = new ArrayList<>();

        Doc(NewsDocument d) {
            this.d = d;
            this.t = d.tokens();
            this.entityAt = EventStage.entityAtToken(d);
            for (Reference r : d.references()) {
                if (r.kind() == Reference.Kind.GROUP) {
                    continue;
                }
                for (int i = 0; i < t.size(); i++) {
                    if (r.span().contains(t.get(i).stemSpan()) && entityAt[i] < 0) {
                        entityAt[i] = r.entity();
                    }
                }
            }
        }
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        Doc doc = new Doc(d);
        for (Sentence s : d.sentences()) {
            sentence(doc, s);
        }
        return d.toBuilder().quotations(doc.out).build();
    }

    private void sentence(Doc doc, Sentence s) {
        List<QuoteSpans.Quote> quotes = new ArrayList<>();
        for (QuoteSpans.Quote q : QuoteSpans.find(doc.d, s)) {
            if (!isNameQuote(doc, q)) {
                quotes.add(q);
            }
        }
        doc.quotes = QuoteSpans.find(doc.d, s);
        List<Quotation> found = new ArrayList<>();
        for (QuoteSpans.Quote q : quotes) {
            Quotation st = quoted(doc, s, q, quotes);
            if (st != null) {
                found.add(st);
                if (st.speaker() >= 0) {
                    doc.lastSpeaker = st.speaker();
                }
            }
        }
        found.addAll(indirect(doc, s, quotes));
        found.sort(java.util.Comparator.comparingInt(x -> x.span().begin()));
        for (Quotation q : found) {
            // who said it is the point of a statement: words nobody can be found to have said are left out
            if (q.speaker() >= 0) {
                doc.out.add(enrich(doc, s, q, quotes));
            }
        }
        for (Quotation q : found) {
            if (q.speaker() >= 0) {
                doc.lastSpeaker = q.speaker();
            }
        }
    }

    /** A quoted name («قناة "فوكس نيوز"», «قاعدة "…"»), not a statement. */
    private boolean isNameQuote(Doc doc, QuoteSpans.Quote q) {
        boolean allNamed = true;
        for (int i = q.open() + 1; i < q.close(); i++) {
            if (doc.t.get(i).isWord() && doc.entityAt[i] < 0) {
                allNamed = false;
            }
        }
        if (allNamed) {
            return true;
        }
        if (q.open() > 0 && lex.head(doc.t.get(q.open() - 1).norm()) != null
                && !doc.t.get(q.open() - 1).norm().startsWith("ال")) {
            return true;
        }
        // «الرئيس التنفيذي لـ«سير»», «قالت لـ"بوابة الوادي"»: what follows a bare «لـ» is a name;
        // «جلسة بعنوان "…"», «تحت شعار "…"»: a title or a slogan, not words anyone said
        if (q.open() > 0) {
            Token before = doc.t.get(q.open() - 1);
            String b = before.text().replace("ـ", "");
            if (b.equals("ل") || NAMING_WORDS.contains(before.normWord())) {
                return true;
            }
        }
        // «صاروخ "فالكون 9"», «القمر الاصطناعي "محمد بن زايد سات"»: a short quotation right after a
        // noun names that thing; after «بـ», «أن» or a verb it reports words
        // — unless its words are ordinary words («تبادلا "بضع كلمات"», «"ساعة بساعة"»)
        if (q.open() > 0 && q.close() - q.open() - 1 <= 4) {
            Token before = doc.t.get(q.open() - 1);
            String pos = lex.partOfSpeech(before.norm());
            boolean afterNoun = before.isWord() && before.prefix().isEmpty() && ("noun".equals(pos) || "adj".equals(pos))
                    && !words.isReportingVerb(before);
            int all = 0;
            int ordinary = 0;
            for (int i = q.open() + 1; i < q.close(); i++) {
                Token w = doc.t.get(i);
                if (w.isWord() || w.kind() == Token.Kind.NUMBER) {
                    all++;
                    ordinary += w.kind() == Token.Kind.WORD && (lex.isCommonWord(w.norm()) || lex.knowsWord(w.norm())
                            || words.vocabulary().isCommonWord(w.norm())) ? 1 : 0;
                }
            }
            // «منافسة «ريلاينس جيو»», «عرض لشراء «هارتفيلد»»: a few words none of which the language
            // knows are a name wherever they stand; so are «كوتاك للأوراق المالية» and its like
            boolean sectorName = false;
            for (int i = q.open() + 2; i < q.close() && !sectorName; i++) {
                var sector = doc.t.get(i).prefix().endsWith("ل") ? words.lexicon().sectors().longestAt(doc.t, i, q.close()) : null;
                sectorName = sector != null && sector.end() == q.close();
            }
            return afterNoun && ordinary * 2 < all || ordinary == 0 && all <= 3 || sectorName && all <= 5;
        }
        return false;
    }

    private Quotation quoted(Doc doc, Sentence s, QuoteSpans.Quote q, List<QuoteSpans.Quote> quotes) {
        List<Token> t = doc.t;
        int before = q.open() - 1;
        Quotation.Mode mode = Quotation.Mode.PARTIAL;
        int speaker = -1;
        int via = -1;
        int verb = reportingVerbBefore(doc, s, q.open(), quotes);
        boolean describes = verb >= 0 && words.reportingVerb(t.get(verb)).lemma().equals("وصف");
        int length = wordCount(t, q);
        if (before >= s.firstToken()) {
            Token b = t.get(before);
            if (b.text().equals(":") || b.normWord().equals("بالقول")
                    || (isComplementizer(b) || words.isReportingVerb(b)) && length >= 4 && !describes) {
                mode = Quotation.Mode.DIRECT;
            }
        } else {
            mode = Quotation.Mode.DIRECT; // the sentence opens with the quotation
        }
        if (verb >= 0) {
            int[] sv = speakerOfVerb(doc, s, verb, q.open());
            speaker = sv[0];
            via = sv[1];
        }
        // «"…"، قال X» — the speaker after the quotation
        int after = q.close() + 1;
        while (after < s.endToken() && t.get(after).isPunct() && !Mentions.isQuote(t.get(after))) {
            after++;
        }
        boolean finiteAfter = after < s.endToken() && after <= q.close() + 2
                && (words.isReportingVerb(t.get(after)) && !words.reportingVerb(t.get(after)).isParticiple()
                || isAccordingTo(t.get(after)));
        if (finiteAfter && (verb < 0 || before < s.firstToken())) {
            int[] sv = speakerOfVerb(doc, s, after, s.endToken());
            // «"…"، قال الرجل البالغ من العمر 52 عاماً»: a description, not a name — the person just told of
            if (sv[0] < 0 && before < s.firstToken()) {
                sv = new int[] {personInPreviousSentence(doc, s), -1};
            }
            if (sv[0] >= 0) {
                speaker = sv[0];
                via = sv[1];
                mode = Quotation.Mode.DIRECT;
            }
        }
        // «"…"، بهذه الكلمات استهل رئيس المحكمة يوجي إيواساوا …»: the words are then given to the subject
        // of the verb after «بهذه الكلمات»
        if (verb < 0 && after + 3 < s.endToken() && t.get(after).prefix().equals("ب")
                && (t.get(after).norm().equals("هذه") || t.get(after).norm().equals("تلك"))
                && t.get(after + 1).norm().startsWith("ال")) {
            int[] sv = subjectAfter(doc, s, after + 3, s.endToken());
            if (sv[0] >= 0) {
                speaker = sv[0];
                mode = Quotation.Mode.DIRECT;
            }
        }
        // «… ويعبر مع زوجته نحو الأراضي السورية. «ثلاث عشرة سنة في خيمة تكفي …»»: a whole sentence in
        // quotation marks, right after a sentence about a person, is that person speaking
        if (verb < 0 && speaker < 0 && before < s.firstToken() && length >= 4 && after >= s.endToken()) {
            speaker = personInPreviousSentence(doc, s);
            mode = Quotation.Mode.DIRECT;
        }
        if (verb < 0 && speaker < 0) {
            return null; // nobody is said to have said it: a title, a slogan, a name
        }
        if (speaker < 0) {
            speaker = doc.lastSpeaker;
        }
        return new Quotation(q.inner(), doc.d.textOf(q.inner()), mode, s.span(), speaker, via, -1, List.of(), -1);
    }

    /** The person named last in the sentence before {@code s}, outside quotations, or -1. */
    private static int personInPreviousSentence(Doc doc, Sentence s) {
        int k = s.firstToken() - 1;
        int sentence = k >= 0 ? doc.t.get(k).sentence() : -1;
        for (; k >= 0 && doc.t.get(k).sentence() == sentence; k--) {
            int e = doc.entityAt[k];
            if (e >= 0 && isPerson(doc, e) && QuoteSpans.enclosing(doc.quotes, k) == null) {
                return e;
            }
        }
        return -1;
    }

    private static int wordCount(List<Token> t, QuoteSpans.Quote q) {
        int n = 0;
        for (int i = q.open() + 1; i < q.close(); i++) {
            n += t.get(i).isWord() || t.get(i).kind() == Token.Kind.NUMBER ? 1 : 0;
        }
        return n;
    }

    /** Indirect speech: reporting verb … أن/إن + clause, with no quotation inside the clause. */
    private List<Quotation> indirect(Doc doc, Sentence s, List<QuoteSpans.Quote> quotes) {
        List<Token> t = doc.t;
        List<Quotation> out = new ArrayList<>();
        for (int v = s.firstToken(); v < s.endToken(); v++) {
            // «وبحسب المتحدث X، فإن …» reports speech as a verb does
            boolean according = isAccordingTo(t.get(v));
            if (!(words.isReportingVerb(t.get(v)) || according) || QuoteSpans.enclosing(quotes, v) != null) {
                continue;
            }
            int c = -1;
            // the clause may come after the subject, a long title and insertions between commas:
            // «أكد محافظ تعز نبيل شمسان، في تصريح صحافي، أن …»; «نقلت وكالة X عن Y قوله إن …»
            for (int k = v + 1; k < s.endToken() && k <= v + 22; k++) {
                Token tk = t.get(k);
                // «بحسب X، فإن …»
                boolean fa = tk.normWord().startsWith("ف") && isComplementizer(tk.normWord().substring(1));
                // «قبل أن يصعد», «بعد أن …», «منذ أن …»: a time clause, not reported speech
                boolean temporal = k > 0 && TEMPORAL.contains(t.get(k - 1).normWord());
                if ((isComplementizer(tk) || according && fa) && !temporal) {
                    c = k;
                    break;
                }
                String w = tk.text();
                // «وقال عبد الغفار، خلال جولة تفقدية استمرت ثلاث ساعات رافقه فيها …، إن …»: an insertion
                // between commas, verbs and all, before the reported clause
                if (Mentions.isComma(tk) && k > v + 1) {
                    int after = insertionEnd(doc, s, k, quotes);
                    if (after > 0) {
                        c = after;
                        break;
                    }
                }
                // another clause begins: a verb of its own, or «فيما», «بينما», «وسط» …
                boolean otherClause = k > v + 1 && tk.kind() == Token.Kind.WORD && doc.entityAt[k] < 0
                        && ("verb".equals(lex.partOfSpeech(tk.norm())) || CLAUSE_WORDS.contains(tk.normWord()));
                if (w.equals(":") || w.equals(".") || w.equals("؛") || w.equals(";") || Mentions.isQuote(tk)
                        && QuoteSpans.enclosing(quotes, k + 1) != null
                        || words.isReportingVerb(tk) && !words.reportingVerb(tk).isParticiple() || otherClause) {
                    break;
                }
            }
            if (c < 0) {
                continue;
            }
            int begin = c + 1;
            if (begin >= s.endToken() || Mentions.isQuote(t.get(begin))) {
                continue; // «أن "…"»: a direct quotation, handled above
            }
            int end = clauseEnd(doc, s, begin);
            boolean quotesSomething = quotesBetween(quotes, begin, end);
            if (end - begin < 2) {
                continue;
            }
            int[] sv = speakerOfVerb(doc, s, v, c);
            int speaker = sv[0] >= 0 ? sv[0] : doc.lastSpeaker;
            if (!quotesSomething) {
                out.add(indirectClause(doc, s, begin, end, speaker, sv[1]));
            }
            // «… إن الرواية ستصدر بالإنكليزية، وإن حقوق ترجمتها بيعت …»: more clauses of the same speaker
            int next = afterPunctuation(t, end, s.endToken());
            while (next < s.endToken() && t.get(next).prefix().equals("و") && isComplementizer(stripped(t.get(next)))) {
                int b = next + 1;
                if (b >= s.endToken() || Mentions.isQuote(t.get(b))) {
                    break;
                }
                int e = clauseEnd(doc, s, b);
                if (quotesBetween(quotes, b, e) || e - b < 2) {
                    break;
                }
                out.add(indirectClause(doc, s, b, e, speaker, sv[1]));
                end = e;
                next = afterPunctuation(t, e, s.endToken());
            }
            if (!quotesSomething) {
                v = end - 1; // a clause with a quotation in it may hold another verb of its own
            }
        }
        return out;
    }

    /**
     * After a comma that follows the subject, the complementizer that closes an insertion between
     * commas («، خلال جولة تفقدية استمرت ثلاث ساعات …، إن»), or -1: nothing in it may be a quotation
     * or end the sentence, and it holds at most 30 tokens.
     */
    private int insertionEnd(Doc doc, Sentence s, int comma, List<QuoteSpans.Quote> quotes) {
        List<Token> t = doc.t;
        for (int k = comma + 1; k < s.endToken() - 1 && k <= comma + 30; k++) {
            Token tk = t.get(k);
            String w = tk.text();
            if (w.equals(":") || w.equals(".") || w.equals("؛") || Mentions.isQuote(tk) && QuoteSpans.enclosing(quotes, k + 1) != null
                    || isComplementizer(tk)) {
                return -1;
            }
            if (Mentions.isComma(tk)) {
                Token next = t.get(k + 1);
                return isComplementizer(next) ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean quotesBetween(List<QuoteSpans.Quote> quotes, int begin, int end) {
        for (QuoteSpans.Quote q : quotes) {
            if (q.open() >= begin && q.open() < end) {
                return true;
            }
        }
        return false;
    }

    /** The first token at or after k that is no punctuation mark other than a quotation mark. */
    private static int afterPunctuation(List<Token> t, int k, int limit) {
        while (k < limit && t.get(k).isPunct() && !Mentions.isQuote(t.get(k))) {
            k++;
        }
        return k;
    }

    private static Quotation indirectClause(Doc doc, Sentence s, int begin, int end, int speaker, int via) {
        Span span = new Span(doc.t.get(begin).span().begin(), doc.t.get(end - 1).span().end());
        return new Quotation(span, doc.d.textOf(span), Quotation.Mode.INDIRECT, s.span(), speaker, via, -1, List.of(), -1);
    }

    /** «أن», «إن», «بأن», «أنه», «إنها» …: introduces reported speech. */
    private static boolean isComplementizer(Token t) {
        return isComplementizer(t.normWord());
    }

    private static boolean isComplementizer(String w) {
        return w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("انها") || w.equals("انهم")
                || w.equals("انهما") || w.equals("بانه") || w.equals("بانها") || w.equals("بانهم") || w.equals("اننا")
                || w.equals("انني") || w.equals("اني");
    }

    private static boolean isAccordingTo(Token t) {
        // «وبحسب» may be read و + ب + «حسب»
        return isAccordingTo(t.normWord()) || t.normWord().startsWith("و") && isAccordingTo(t.normWord().substring(1));
    }

    private static boolean isAccordingTo(String w) {
        return w.equals("بحسب") || w.equals("حسب") || w.equals("وفق") || w.equals("وفقا") || w.equals("حسبما");
    }

    /** End (exclusive) of a reported clause starting at {@code begin}. */
    private int clauseEnd(Doc doc, Sentence s, int begin) {
        List<Token> t = doc.t;
        int k = begin;
        for (; k < s.endToken(); k++) {
            Token tk = t.get(k);
            if (k > begin && tk.prefix().equals("و") && isComplementizer(stripped(tk))) {
                break; // «، وأن …»: a second reported clause
            }
            if (tk.text().equals("،") || tk.text().equals(",") || tk.text().equals("؛")) {
                if (k + 1 < s.endToken() && startsNewClause(t, k + 1)) {
                    break;
                }
            }
        }
        int end = k;
        while (end > begin && t.get(end - 1).isPunct()) {
            end--;
        }
        return end;
    }

    private static Token stripped(Token t) {
        return new Token(t.index(), t.stemSpan(), t.stemSpan(), t.norm(), t.norm(), "", t.norm(), t.kind(), t.sentence());
    }

    /** After a comma: a participle («مشيراً», «مشيداً»), «في إشارة», «بحسب», «وفق». */
    private boolean startsNewClause(List<Token> t, int k) {
        Token n = t.get(k);
        String w = n.normWord();
        // «مشيراً إلى …», and «، وقال: "…"» — a verb of its own after the comma
        if (words.isReportingVerb(n)) {
            return true;
        }
        if (isAccordingTo(n) || w.equals("في") && k + 1 < t.size() && t.get(k + 1).normWord().startsWith("اشاره")) {
            return true;
        }
        // «، على أن تدخل الخدمة …», «، في حين …», «، فيما …»: the reporter goes on; «، غير أنه حذّر …»
        // too, but «، إلا أن هذه القمة تمثل …» is still the speaker's own contrast (no verb of saying follows)
        String next = k + 1 < t.size() ? t.get(k + 1).normWord() : "";
        boolean contrast = w.equals("غير") || w.equals("لكن") || w.equals("ولكن") || w.equals("الا");
        if (contrast) {
            for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
                if (words.isReportingVerb(t.get(j))) {
                    return true;
                }
            }
            return false;
        }
        if (CLAUSE_WORDS.contains(w) || w.equals("علي") && isComplementizer(next) || w.equals("في") && next.equals("حين")) {
            return true;
        }
        // an active participle in the accusative: «مشيداً», «معتبراً» (م… ending in tanwin alef)
        return n.kind() == Token.Kind.WORD && !n.hasPrefix() && w.startsWith("م") && w.endsWith("ا") && w.length() >= 4
                && n.text().endsWith("ً");
    }

    /** The nearest reporting verb before token {@code pos} in the sentence, outside quotations. */
    private int reportingVerbBefore(Doc doc, Sentence s, int pos, List<QuoteSpans.Quote> quotes) {
        for (int k = pos - 1; k >= s.firstToken(); k--) {
            if (words.isReportingVerb(doc.t.get(k)) && QuoteSpans.enclosing(quotes, k) == null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The speaker (and medium) of reporting verb at {@code v}: {speaker, via}. Looks for the subject
     * in the few tokens after the verb, before {@code limit}; a participle takes the subject of the
     * sentence's main verb; «نقل X عن Y» gives Y, via X.
     */
    private int[] speakerOfVerb(Doc doc, Sentence s, int v, int limit) {
        List<Token> t = doc.t;
        // «بحسب ما قالت X», «وفق ما أعلن X»: the verb after «ما» has the speaker
        if (isAccordingTo(t.get(v)) && v + 2 < limit && t.get(v + 1).normWord().equals("ما")
                && words.isReportingVerb(t.get(v + 2))) {
            return speakerOfVerb(doc, s, v + 2, limit);
        }
        Lexicon.ReportingVerb rv = words.reportingVerb(t.get(v));
        if (rv != null && rv.isParticiple()) {
            return new int[] {sentenceSubject(doc, s, v), -1};
        }
        // «وكان رئيس الجمهورية قيس سعيد قد شدد، خلال استقباله …»: the subject stands before «قد»
        int early = subjectBeforeQad(doc, s, v);
        if (early >= 0) {
            return new int[] {early, -1};
        }
        int[] named = namedSpeaker(doc, s, v, limit);
        if (named[0] >= 0 || named[1] >= 0) {
            return named;
        }
        // no subject after the verb: «أن وانغ يي أكد» (subject right before it), «التي تقول»
        // (the noun the relative clause hangs on), «رحّب X بالقرار ووصفه» (the subject of an earlier
        // verb of the sentence), and else «وأضاف:» — whoever spoke last
        int before = subjectRightBefore(doc, s, v);
        if (before >= 0) {
            return new int[] {before, -1};
        }
        int earlier = earlierVerbSubject(doc, s, v);
        if (earlier < 0 && v - s.firstToken() > 2) {
            // «وافتتح الوزير X الدورة …، وقال:» — the subject of the sentence's first clause goes on speaking
            earlier = firstBefore(doc, s, v, true);
        }
        return new int[] {earlier >= 0 ? earlier : doc.lastSpeaker, -1};
    }

    /**
     * The speaker named after the verb at {@code v}, and the medium: {speaker, via}, or {-1, -1}.
     * «نقل X عن Y» gives Y via X; when the text does not let us say who X relays, {-1, X}.
     */
    private int[] namedSpeaker(Doc doc, Sentence s, int v, int limit) {
        Lexicon.ReportingVerb rv = words.reportingVerb(doc.t.get(v));
        int[] found = subjectAfter(doc, s, v + 1, limit);
        int subject = found[0];
        int k = found[1];
        if (subject >= 0 && rv != null && rv.lemma().equals("نقل")) {
            // «نقلت وكالة الأنباء الألمانية (د ب أ) عن …»: look for «عن» after the medium's whole name
            int from = k;
            while (from + 1 < s.endToken() && doc.entityAt[from + 1] == subject) {
                from++;
            }
            for (int j = from + 1; j < Math.min(s.endToken(), from + 9); j++) {
                if (doc.t.get(j).normWord().equals("عن") && j + 1 < s.endToken()) {
                    int[] quoted = subjectAfter(doc, s, j + 1, s.endToken());
                    return new int[] {quoted[0] != subject ? quoted[0] : -1, subject};
                }
            }
        }
        return new int[] {subject, -1};
    }

    /** «X قد أوضح», «X، قد شدد»: an agent named right before «قد» and the verb. */
    private int subjectBeforeQad(Doc doc, Sentence s, int v) {
        int k = v - 1;
        if (k <= s.firstToken() || !doc.t.get(k).normWord().equals("قد")) {
            return -1;
        }
        k--;
        if (k > s.firstToken() && doc.t.get(k).text().equals("،")) {
            k--;
        }
        if (doc.entityAt[k] >= 0 && isAgent(doc, doc.entityAt[k]) && QuoteSpans.enclosing(doc.quotes, k) == null) {
            return doc.entityAt[k];
        }
        // «وكانت هيئة اعتماد مؤسسات التعليم العالي وضمان جودتها قد أعلنت»: the agent right after «كان»
        for (int c = k; c >= s.firstToken() && c >= k - 12; c--) {
            Token tk = doc.t.get(c);
            if (tk.isPunct() || words.isReportingVerb(tk)) {
                return -1;
            }
            if (tk.norm().equals("كان") || tk.norm().equals("كانت")) {
                for (int a = c + 1; a <= k; a++) {
                    if (doc.entityAt[a] >= 0) {
                        return isAgent(doc, doc.entityAt[a]) ? doc.entityAt[a] : -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** An agent named just before the verb, possibly through «الذي/التي» and a comma. */
    private int subjectRightBefore(Doc doc, Sentence s, int v) {
        int k = v - 1;
        if (k >= s.firstToken() && (doc.t.get(k).normWord().equals("التي") || doc.t.get(k).normWord().equals("الذي"))) {
            k--;
            if (k >= s.firstToken() && doc.t.get(k).isPunct() && !Mentions.isQuote(doc.t.get(k))) {
                k--;
            }
        }
        if (k >= s.firstToken() && doc.entityAt[k] >= 0 && isAgent(doc, doc.entityAt[k])
                && QuoteSpans.enclosing(doc.quotes, k) == null) {
            return doc.entityAt[k];
        }
        return -1;
    }

    /** The subject of the first verb (reporting or participation) before {@code v} in the sentence. */
    private int earlierVerbSubject(Doc doc, Sentence s, int v) {
        for (int k = s.firstToken(); k < v; k++) {
            Token tk = doc.t.get(k);
            if (QuoteSpans.enclosing(doc.quotes, k) != null) {
                continue;
            }
            if (opensClause(tk)) {
                // «نقلت وكالة X عن Y قوله إن …، وإنه يتوقع "…"»: Y goes on speaking, not X
                int[] found = namedSpeaker(doc, s, k, v);
                if (found[0] >= 0 || found[1] >= 0) {
                    return found[0];
                }
            }
        }
        return -1;
    }

    /**
     * The first agent named from token {@code from} on, within a few tokens, skipping a title
     * («السفير الروسي في واشنطن ألكسندر دارشييف»); a place counts only right at the start.
     * Returns {entity, token} or {-1, -1}; stops at «أن», «:», a quotation mark or another verb.
     */
    private int[] subjectAfter(Doc doc, Sentence s, int from, int limit) {
        List<Token> t = doc.t;
        int window = from + SUBJECT_WINDOW;
        boolean afterTitle = false;
        for (int k = from; k < Math.min(limit, window); k++) {
            Token tk = t.get(k);
            int e = doc.entityAt[k];
            // «وأضاف ديمير في حديث لاحق لقناة "بلومبرغ"»: a name behind a preposition is no subject
            // (but «وفقاً للوزارة» names the source)
            if (e >= 0 && (k == 0 || doc.entityAt[k - 1] != e) && isPrepositional(t, k)) {
                while (k + 1 < limit && doc.entityAt[k + 1] == e) {
                    k++;
                }
                continue;
            }
            if (e >= 0 && (afterTitle ? isPerson(doc, e) : k == from || isAgent(doc, e))) {
                // «صاحب هدف الهلال صلاح عادل أبكر»: a body right before a person's name is the person's
                int after = k;
                while (after < limit && doc.entityAt[after] == e) {
                    after++;
                }
                if (!isPerson(doc, e) && after < limit && doc.entityAt[after] >= 0 && isPerson(doc, doc.entityAt[after])) {
                    return new int[] {doc.entityAt[after], after};
                }
                return new int[] {e, k};
            }
            List<TitleParser.TitlePhrase> chain = e >= 0 || afterTitle ? List.of() : titles.chain(t, k, limit);
            if (!chain.isEmpty()) {
                int end = chain.get(chain.size() - 1).end();
                window = end + 10; // the name may follow a long title («المدير العام للمراكز … جان كاسيا»)
                afterTitle = true;
                k = end - 1;
                continue;
            }
            if (isComplementizer(tk) || tk.text().equals(":") || Mentions.isQuote(tk) || words.isReportingVerb(tk)) {
                break;
            }
            // «قال للصحافيين عقب لقائه الوزير X»: «عقب لقائه» refers back to a subject already named;
            // the name after it is whom he met
            if (k + 1 < limit && ADVERBIAL.contains(tk.normWord()) && hasPronounSuffix(t.get(k + 1))) {
                break;
            }
        }
        return new int[] {-1, -1};
    }

    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("قبل", "بعد", "منذ", "ريثما",
            "لحين", "وقبل", "وبعد");

    private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("بعنوان", "عنوان", "شعار", "بشعار",
            "المسمي", "المسماه", "الموسوم", "الموسومه", "اسم");

    private static final java.util.Set<String> ADVERBIAL = java.util.Set.of("عقب", "بعد", "قبل", "خلال", "اثناء", "اثر",
            "لدي", "عند", "في");

    /** «لقائه», «استقبالها», «زيارتهم»: a noun with a pronoun attached, as written (not a taa marbuta). */
    private static boolean hasPronounSuffix(Token t) {
        String w = t.text();
        return t.kind() == Token.Kind.WORD && w.length() >= 4 && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم")
                || w.endsWith("هما"));
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("في", "مع", "الي", "من", "علي", "لدي", "عبر");

    /** A token that carries «ل/ب/ك» or follows a preposition: the start of a complement, not a subject. */
    private static boolean isPrepositional(List<Token> t, int k) {
        String p = t.get(k).prefix();
        return p.endsWith("ل") || p.endsWith("ب") || p.endsWith("ك")
                || k > 0 && PREPOSITIONS.contains(t.get(k - 1).normWord()) && !t.get(k - 1).hasPrefix();
    }

    private static boolean isPerson(Doc doc, int entity) {
        return doc.d.entities().get(entity).type() == EntityType.PERSON;
    }

    /** Subject of the sentence's first verb before position {@code v}, for a participle. */
    private int sentenceSubject(Doc doc, Sentence s, int v) {
        // «أشاد الوزير X بـ…، في حين انتقدت بيكو …، معتبرةً أنه …»: the participle goes with the last clause
        int start = s.firstToken();
        for (int k = v - 1; k > s.firstToken(); k--) {
            String w = doc.t.get(k).normWord();
            if (QuoteSpans.enclosing(doc.quotes, k) == null && (CLAUSE_WORDS.contains(w)
                    || w.equals("حين") && doc.t.get(k - 1).normWord().equals("في"))) {
                start = k + 1;
                break;
            }
        }
        for (int k = start; k < v; k++) {
            Token tk = doc.t.get(k);
            if (QuoteSpans.enclosing(doc.quotes, k) != null) {
                continue;
            }
            if (opensClause(tk)) {
                int sp = speakerOfVerb(doc, s, k, v)[0];
                if (sp >= 0) {
                    return sp;
                }
                break;
            }
        }
        // «وكتب رئيس بلدية كييف فيتالي كليتشكو …، مؤكداً أن …»: the person, not the body in their title
        int before = firstBefore(doc, s, v, true);
        if (before < 0) {
            before = firstBefore(doc, s, v, false);
        }
        return before >= 0 ? before : doc.lastSpeaker;
    }

    /** The first person (or, if {@code personOnly} is false, organization) named before {@code v}, outside quotations. */
    private int firstBefore(Doc doc, Sentence s, int v, boolean personOnly) {
        for (int k = s.firstToken(); k < v; k++) {
            int e = doc.entityAt[k];
            if (e >= 0 && (personOnly ? isPerson(doc, e) : isAgent(doc, e)) && QuoteSpans.enclosing(doc.quotes, k) == null) {
                return e;
            }
        }
        return -1;
    }

    /** A finite reporting verb or a verb of taking part: the start of a clause with a subject of its own. */
    private boolean opensClause(Token t) {
        return words.isReportingVerb(t) && !words.reportingVerb(t).isParticiple()
                || lex.isParticipationVerb(t.normWord()) || lex.isParticipationVerb(t.norm());
    }

    private static boolean isAgent(Doc doc, int entity) {
        return doc.d.entities().get(entity).type() != EntityType.PLACE;
    }

    /** Adds medium, occasion, what it is about and date. */
    private Quotation enrich(Doc doc, Sentence s, Quotation q, List<QuoteSpans.Quote> quotes) {
        List<Token> t = doc.t;
        int via = q.via();
        if (via < 0) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                int e = doc.entityAt[k];
                if (e < 0 || q.span().contains(t.get(k).stemSpan()) || e == q.speaker()) {
                    continue;
                }
                Entity ent = doc.d.entities().get(e);
                boolean medium = ent.type() == EntityType.ORGANIZATION && (ent.subtype().equals("Channel")
                        || ent.subtype().equals("Agency") || ent.subtype().equals("Newspaper"));
                boolean introduced = t.get(k).prefix().endsWith("ل") || k > 0 && t.get(k - 1).normWord().equals("مع")
                        || k > 0 && (t.get(k - 1).prefix().endsWith("ل") && lex.head(t.get(k - 1).norm()) != null);
                if (medium && introduced) {
                    via = e;
                    break;
                }
            }
        }
        int occasion = -1;
        List<Event> events = doc.d.events();
        for (int e = 0; e < events.size() && occasion < 0; e++) {
            for (Span trig : events.get(e).triggers()) {
                if (!s.span().contains(trig) || q.span().contains(trig)) {
                    continue;
                }
                int ti = tokenAt(t, trig.begin(), s);
                if (ti < 0) {
                    continue;
                }
                String prev = ti > s.firstToken() ? t.get(ti - 1).normWord() : "";
                boolean introduced = prev.equals("خلال") || prev.equals("في") || prev.equals("اثناء")
                        || prev.equals("عقب") || prev.equals("ختام")
                        || t.get(ti).prefix().endsWith("ب");
                if (introduced) {
                    occasion = e;
                    break;
                }
            }
        }
        LinkedHashSet<Integer> about = new LinkedHashSet<>();
        for (Mention m : doc.d.mentions()) {
            if (q.span().contains(m.span())) {
                about.add(doc.entityAt[m.firstToken()]);
            }
        }
        for (Reference r : doc.d.references()) {
            if (q.span().contains(r.span())) {
                about.add(r.entity());
            }
        }
        about.remove(-1);
        int timex = -1;
        for (int x = 0; x < doc.d.timeExpressions().size(); x++) {
            TimeExpression te = doc.d.timeExpressions().get(x);
            if (te.type() == TimeExpression.Type.DATE && s.span().contains(te.span()) && !q.span().contains(te.span())) {
                timex = x;
                break;
            }
        }
        if (timex < 0 && occasion >= 0) {
            timex = events.get(occasion).timex();
        }
        // a place does not speak (the vocabulary's speakers are people and organizations)
        int speaker = q.speaker() >= 0 && doc.d.entities().get(q.speaker()).type() == EntityType.PLACE ? -1 : q.speaker();
        return new Quotation(q.span(), q.text(), q.mode(), q.evidence(), speaker, via, occasion,
                List.copyOf(about), timex);
    }

    private static int tokenAt(List<Token> t, int offset, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (t.get(i).span().contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
