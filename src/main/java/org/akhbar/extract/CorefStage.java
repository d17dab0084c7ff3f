package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Reference;
import org.akhbar.nlp.Role;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;

/**
 * Expressions that refer to an entity without naming it:
 * <ul>
 *   <li>a title alone («الرئيس الروسي», «الوزير») → the person holding that post in this article;</li>
 *   <li>a counterpart («نظيره الأميركي») → the person whose post is of that country;</li>
 *   <li>a group («الزعيمان») → the people most talked about so far;</li>
 *   <li>an institution by its head noun («الوزارة», «الوكالة») → the last one of that kind named.</li>
 * </ul>
 * Elided subjects («وأضاف») are resolved by the statement extractor, which knows who spoke last.
 */
public final class CorefStage extends BaseStage {
    private final Words words;
    private final TitleParser titles;

    public CorefStage(Words words) {
        super("coreference", Set.of(Layer.ENTITIES, Layer.ROLES, Layer.SENTENCES), Set.of(Layer.REFERENCES));
        this.words = words;
        this.titles = new TitleParser(words, new HeadPhrases(words));
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        List<Token> tokens = d.tokens();
        int[] mentionAt = new int[tokens.size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int i = 0; i < d.mentions().size(); i++) {
            Mention m = d.mentions().get(i);
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                mentionAt[t] = i;
            }
        }
        int[] entityOfMention = new int[d.mentions().size()];
        for (Entity e : d.entities()) {
            for (int m : e.mentions()) {
                entityOfMention[m] = e.id();
            }
        }
        List<Reference> refs = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (mentionAt[i] >= 0 || !tokens.get(i).isWord()) {
                    continue;
                }
                int next = resolveAt(d, s, i, mentionAt, entityOfMention, refs);
                if (next > i + 1) {
                    i = next - 1;
                }
            }
        }
        return d.toBuilder().references(refs).build();
    }

    /** Tries each kind of reference at token i; returns the token after what it consumed. */
    private int resolveAt(NewsDocument d, Sentence s, int i, int[] mentionAt, int[] entityOfMention,
                          List<Reference> refs) {
        List<Token> tokens = d.tokens();
        Token t = tokens.get(i);
        Lexicon.GroupReference g = words.lexicon().groupReference(t.norm());
        if (g != null) {
            for (int e : salientPeople(d, t.span().begin(), g.count(), entityOfMention)) {
                refs.add(new Reference(t.stemSpan(), e, Reference.Kind.GROUP));
            }
            return i + 1;
        }
        if (t.norm().startsWith("نظير") && i + 1 < s.endToken()) {
            PhraseIndex.Match<GazetteerEntry> n = words.gazetteer().nisba().longestAt(tokens, i + 1, s.endToken());
            if (n != null) {
                int e = holderOf(d, r -> isOfEntry(d, r, n.value().id()), t.span().begin(), entityOfMention);
                if (e >= 0) {
                    Span span = new Span(t.stemSpan().begin(), tokens.get(n.end() - 1).span().end());
                    refs.add(new Reference(span, e, Reference.Kind.COUNTERPART));
                    return n.end();
                }
            }
        }
        List<TitleParser.TitlePhrase> chain = titles.chain(tokens, i, s.endToken());
        if (!chain.isEmpty()) {
            TitleParser.TitlePhrase p = chain.get(chain.size() - 1);
            // «رئيس هيئة الاعتماد الدكتور زيد العبادي»: an honorific may stand between the title and its name
            int after = p.end();
            // «مدرب ليفربول، الهولندي آرني سلوت، …»: the name in apposition, after a comma and a nationality
            if (after + 1 < s.endToken() && Mentions.isComma(tokens.get(after))) {
                int k = after + 1;
                PhraseIndex.Match<GazetteerEntry> nat = words.gazetteer().nisba().longestAt(tokens, k, s.endToken());
                if (nat != null && !tokens.get(k).hasPrefix()) {
                    k = nat.end();
                }
                if (k < s.endToken() && mentionAt[k] >= 0) {
                    after = k;
                }
            }
            for (int h; after < s.endToken() && (h = titles.honorificEnd(tokens, after, s.endToken())) > after; ) {
                after = h;
            }
            boolean named = after < s.endToken() && mentionAt[after] >= 0
                    || i > s.firstToken() && mentionAt[i - 1] >= 0;
            if (named) {
                return p.end();
            }
            String nisbaEntry = p.jurisdictions().stream()
                    .filter(j -> j.kind() == TitleParser.Jurisdiction.Kind.NISBA).map(TitleParser.Jurisdiction::entryId)
                    .findFirst().orElse(null);
            // «الوزير» alone is whichever minister the article named; «الرئيس الأميركي» the president of the US
            int e = holderOf(d, r -> (r.key().equals(p.key()) || r.key().startsWith(p.key() + " "))
                    && (nisbaEntry == null || isOfEntry(d, r, nisbaEntry)), t.span().begin(), entityOfMention);
            if (e < 0 && nisbaEntry != null) {
                e = onlyPersonOf(d, nisbaEntry, p.en());
            }
            if (e >= 0) {
                Span span = new Span(t.stemSpan().begin(), tokens.get(p.end() - 1).span().end());
                refs.add(new Reference(span, e, Reference.Kind.TITLE));
            }
            return p.end();
        }
        if (titles.isInstitutionNoun(t)) {
            int e = Institutions.resolve(d, d.entities(), m -> entityOfMention[m], words.lexicon().head(t.norm()), t);
            if (e >= 0) {
                refs.add(new Reference(t.stemSpan(), e, Reference.Kind.TITLE));
            }
        }
        return i + 1;
    }

    /**
     * When the article never wrote the title next to a name: the one person of that country it
     * names, or among several the one whose gazetteer note names the post («President of …»).
     */
    private int onlyPersonOf(NewsDocument d, String countryEntry, String englishTitle) {
        List<Integer> candidates = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.PERSON || e.entryId() == null || !e.isNamed()) {
                continue;
            }
            org.akhbar.lexicon.GazetteerEntry g = words.gazetteer().byId(e.entryId());
            if (g != null && countryEntry.equals(g.country())) {
                candidates.add(e.id());
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Integer best = null;
        for (int c : candidates) {
            String note = words.gazetteer().note(d.entities().get(c).entryId());
            if (note != null && note.toLowerCase().startsWith(englishTitle.toLowerCase() + " ")) {
                if (best != null) {
                    return -1;
                }
                best = c;
            }
        }
        return best == null ? -1 : best;
    }

    private static boolean isOfEntry(NewsDocument d, Role r, String entryId) {
        return r.of() >= 0 && entryId.equals(d.entities().get(r.of()).entryId());
    }

    /** The holder of a matching role mentioned last before {@code offset}, else the first one after. */
    private static int holderOf(NewsDocument d, java.util.function.Predicate<Role> match, int offset,
                                int[] entityOfMention) {
        int best = -1;
        int bestPos = -1;
        int firstAfter = -1;
        for (Role r : d.roles()) {
            if (!match.test(r)) {
                continue;
            }
            for (int m : d.entities().get(r.person()).mentions()) {
                int pos = d.mentions().get(m).span().begin();
                if (pos < offset && pos > bestPos) {
                    best = r.person();
                    bestPos = pos;
                } else if (pos >= offset && firstAfter < 0) {
                    firstAfter = r.person();
                }
            }
        }
        return best >= 0 ? best : firstAfter;
    }

    /** The {@code n} people mentioned most often before {@code offset} (ties: the earlier first). */
    private static List<Integer> salientPeople(NewsDocument d, int offset, int n, int[] entityOfMention) {
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < d.mentions().size(); i++) {
            Mention m = d.mentions().get(i);
            int e = entityOfMention[i];
            if (m.span().begin() >= offset || d.entities().get(e).type() != EntityType.PERSON) {
                continue;
            }
            count.merge(e, 1, Integer::sum);
            first.putIfAbsent(e, m.span().begin());
        }
        return count.keySet().stream()
                .sorted(Comparator.comparing((Integer e) -> -count.get(e)).thenComparing(first::get))
                .limit(n).toList();
    }
}
