package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Token;

/**
 * Runs the recognizers on every sentence and keeps one reading per stretch of text. Gazetteer and
 * pattern findings compete longest first («وكالة تاس» over «تاس»; a longer name keeps the gazetteer
 * entry of a known name inside it when the types agree); the statistical model fills what is left.
 */
public final class MentionStage extends BaseStage {
    private final List<EntityRecognizer> rules;
    private final EntityRecognizer model;
    private final org.akhbar.lexicon.Lexicon lexicon;

    /**
     * @param rules   recognizers whose findings compete longest first (gazetteer first: it wins ties)
     * @param model   statistical recognizer consulted for what the rules leave, or null
     * @param lexicon the language's own words, which a surname alone never is
     */
    public MentionStage(List<EntityRecognizer> rules, EntityRecognizer model, org.akhbar.lexicon.Lexicon lexicon) {
        this(rules, model, lexicon, w -> false);
    }

    /** @param givenName whether a word is a given name the gazetteer lists (never taken alone for a foreign full name) */
    public MentionStage(List<EntityRecognizer> rules, EntityRecognizer model, org.akhbar.lexicon.Lexicon lexicon,
                        java.util.function.Predicate<String> givenName) {
        super("mentions", Set.of(Layer.TOKENS, Layer.SENTENCES), Set.of(Layer.MENTIONS));
        this.rules = List.copyOf(rules);
        this.model = model;
        this.lexicon = lexicon;
        this.givenName = givenName;
    }

    private final java.util.function.Predicate<String> givenName;

    /** Findings below this score are weak: a confident name elsewhere in the article overrides them. */
    static final double WEAK = 0.8;

    @Override
    public NewsDocument apply(NewsDocument d) {
        // Pass 1: what the rules find; its confident names become the article's own dictionary.
        List<List<Mention>> perSentence = new ArrayList<>();
        java.util.Map<String, Mention> dictionary = new java.util.HashMap<>();
        for (Sentence s : d.sentences()) {
            List<Mention> candidates = new ArrayList<>();
            for (EntityRecognizer r : rules) {
                candidates.addAll(r.find(d, s));
            }
            perSentence.add(candidates);
            for (Mention m : resolve(candidates, d.tokens())) {
                if (m.score() >= WEAK) {
                    dictionary.putIfAbsent(m.key(), m);
                    String[] w = m.key().split(" ");
                    // the surname alone: «ترامب»; never a word of the language («علي» is also «على»)
                    // a surname that is also a word («محافظة», «سلام», «عون») only right after a reporting verb
                    if (m.type() == EntityType.PERSON && w.length > 1 && w[w.length - 1].length() >= 3
                            && !lexicon.isStopword(w[w.length - 1])
                            && (lexicon.isCommonWord(w[w.length - 1]) || lexicon.knowsWord(w[w.length - 1]))) {
                        dictionary.putIfAbsent(AFTER_VERB + w[w.length - 1], m);
                    }
                    if (m.type() == EntityType.PERSON && w.length > 1 && w[w.length - 1].length() >= 3
                            && !lexicon.isStopword(w[w.length - 1]) && !lexicon.isCommonWord(w[w.length - 1])
                            && !lexicon.knowsWord(w[w.length - 1])) {
                        dictionary.putIfAbsent(w[w.length - 1], m);
                        // «ديمير» after «إمره دمير»: a foreign surname transliterated another way
                        dictionary.putIfAbsent(VARIANT + skeleton(w[w.length - 1]), m);
                    }
                    // «بومتام» after «بومتام ويتشاياتشاي», «آبي» after «آبي أحمد»: a foreign given name alone
                    if (m.type() == EntityType.PERSON && w.length == 2 && isUnknownWord(lexicon, w[0])
                            && !givenName.test(w[0])) {
                        dictionary.putIfAbsent(w[0], m);
                    }
                }
            }
        }
        // Pass 2: a name found once is found everywhere; a weak reading that runs past one is dropped.
        List<Mention> accepted = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<Mention> candidates = perSentence.get(s.index());
            List<Mention> known = findKnown(d, s, dictionary);
            candidates.removeIf(c -> c.score() < WEAK && known.stream().anyMatch(k -> k.overlaps(c) && !k.span().equals(c.span())));
            candidates.addAll(known);
            List<Mention> chosen = resolve(candidates, d.tokens());
            if (model != null) {
                for (Mention found : model.find(d, s)) {
                    Mention m = withoutLeadingTitle(d, found);
                    if (m != null && chosen.stream().noneMatch(m::overlaps)) {
                        chosen.add(m);
                    }
                }
            }
            chosen.sort(Comparator.comparingInt(Mention::firstToken));
            accepted.addAll(coordinated(d, chosen, lexicon));
        }
        return d.toBuilder().mentions(accepted).build();
    }

    /**
     * «الدكتورة منى الشاذلي», «الروائية ليلى سليماني»: the model sometimes takes the title or honorific
     * before a name into it; a person's name starts after it (unless the word is also a given name).
     */
    private Mention withoutLeadingTitle(NewsDocument d, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return m;
        }
        int first = m.firstToken();
        // «المتحدث باسم الأمين العام»: «باسم» after a title is «on behalf of», not the given name Basem
        if (d.tokens().get(first).normWord().equals("باسم") && first > 0
                && lexicon.titles().longestAt(d.tokens(), first - 1, first) != null) {
            return null;
        }
        while (m.endToken() - first > 1) {
            Token t = d.tokens().get(first);
            var title = lexicon.titles().longestAt(d.tokens(), first, m.endToken());
            if (title == null || title.end() != first + 1 || givenName.test(t.norm()) || t.hasPrefix()) {
                break;
            }
            first++;
        }
        if (first == m.firstToken()) {
            return m;
        }
        return m.endToken() - first >= 2 ? Mentions.of(d, first, m.endToken(), m.type(), m.subtype(), m.origin(),
                m.entryId(), m.score()) : null;
    }

    /**
     * A name guessed to be a person that is coordinated with places («محافظات نينوى وصلاح الدين
     * وكركوك») is a place: lists are of one kind.
     */
    private static List<Mention> coordinated(NewsDocument d, List<Mention> ms, org.akhbar.lexicon.Lexicon lexicon) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() != EntityType.PERSON || m.origin() == Mention.Origin.GAZETTEER) {
                continue;
            }
            Mention prev = i > 0 ? out.get(i - 1) : null;
            Mention next = i + 1 < out.size() ? out.get(i + 1) : null;
            boolean afterPlace = prev != null && prev.type() == EntityType.PLACE && joined(d, prev, m);
            boolean beforePlace = next != null && next.type() == EntityType.PLACE && joined(d, m, next);
            // «… في لندن، سارة هيوز، إن»: a name set off before «إن» or a post is no place in a list
            int after = m.endToken() + 1;
            boolean appositive = after < d.tokens().size() && Mentions.isComma(d.tokens().get(m.endToken()))
                    && (d.tokens().get(after).normWord().equals("ان") || isPost(d, after, lexicon));
            if (afterPlace && !appositive && (beforePlace || next == null || !joined(d, m, next))) {
                out.set(i, m.withType(EntityType.PLACE, ""));
            }
        }
        return out;
    }

    private static boolean isPost(NewsDocument d, int token, org.akhbar.lexicon.Lexicon lexicon) {
        var m = lexicon.titles().longestAt(d.tokens(), token, d.tokens().size());
        return m != null && m.value().isPost();
    }

    /** Two mentions joined by «و» or a comma, nothing else between. */
    private static boolean joined(NewsDocument d, Mention a, Mention b) {
        int gap = b.firstToken() - a.endToken();
        if (gap == 0) {
            return d.tokens().get(b.firstToken()).prefix().equals("و");
        }
        return gap == 1 && (d.tokens().get(a.endToken()).text().equals("،") || d.tokens().get(a.endToken()).normWord().equals("و"));
    }

    /** Occurrences of the article's own confident names (longest first) in a sentence. */
    private List<Mention> findKnown(NewsDocument d, Sentence s, java.util.Map<String, Mention> dictionary) {
        List<Mention> out = new ArrayList<>();
        int maxLen = dictionary.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!d.tokens().get(i).isWord()) {
                continue;
            }
            for (int n = Math.min(maxLen, s.endToken() - i); n >= 1; n--) {
                Mention probe = Mentions.of(d, i, i + n, EntityType.PERSON, "", Mention.Origin.PATTERN, null, 0);
                Mention known = probe == null ? null : dictionary.get(probe.key());
                String key = probe == null ? null : probe.key();
                if (known == null && probe != null && n == 1 && i > s.firstToken() && !d.tokens().get(i).hasPrefix()
                        && lexicon.reportingVerb(d.tokens().get(i - 1).norm()) != null
                        && !lexicon.reportingVerb(d.tokens().get(i - 1).norm()).isParticiple()) {
                    known = dictionary.get(AFTER_VERB + probe.key()); // «وقال محافظة، … إن»
                }
                if (known == null && probe != null && n == 1 && isUnknownWord(lexicon, probe.key())) {
                    known = dictionary.get(VARIANT + skeleton(probe.key()));
                    known = known != null && known.type() == EntityType.PERSON ? known : null;
                    // keyed by the surname as first written, so that it joins its full name
                    key = known == null ? key : known.key().substring(known.key().lastIndexOf(' ') + 1);
                }
                if (known != null && n == 1 && known.key().startsWith(probe.key() + " ")) {
                    key = known.key(); // the given name alone joins the full name it begins
                }
                if (known != null) {
                    out.add(new Mention(probe.span(), probe.firstToken(), probe.endToken(), known.type(), known.subtype(),
                            probe.name(), key, Mention.Origin.PATTERN, known.entryId(), WEAK));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Marks dictionary keys that are spelling skeletons, not names. */
    private static final String VARIANT = "~";
    /** Marks dictionary keys of surnames that are also words: names only right after a reporting verb. */
    private static final String AFTER_VERB = "@";

    /**
     * A foreign name's spelling skeleton: long vowels inside the word dropped and the letters
     * transliterations confuse merged (g as غ/ج/ق/ك, t as ت/ط, s as س/ص, z as ز/ذ/ظ), so that
     * «ديمير» and «دمير», «غروسي» and «جروسي» agree.
     */
    static String skeleton(String word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean inner = i > 0 && i < word.length() - 1;
            if (inner && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ى')) {
                continue;
            }
            b.append(switch (c) {
                case 'غ', 'ج', 'ق' -> 'ك';
                case 'ط' -> 'ت';
                case 'ص' -> 'س';
                case 'ذ', 'ظ' -> 'ز';
                default -> c;
            });
        }
        return b.toString();
    }

    /** A word the language does not know, long enough to be a name on its own. */
    private static boolean isUnknownWord(org.akhbar.lexicon.Lexicon lexicon, String key) {
        return key.length() >= 4 && !key.contains(" ") && !lexicon.isStopword(key) && !lexicon.isCommonWord(key)
                && !lexicon.knowsWord(key);
    }

    static List<Mention> resolve(List<Mention> candidates, List<Token> tokens) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::tokenCount).reversed()
                .thenComparing(m -> m.origin().ordinal()));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : sorted) {
            if (chosen.stream().anyMatch(m::overlaps)) {
                continue;
            }
            chosen.add(inherit(m, candidates, tokens));
        }
        return chosen;
    }

    /** A longer name takes the gazetteer entry of a known name it contains, if they are the same kind of thing. */
    private static Mention inherit(Mention m, List<Mention> candidates, List<Token> tokens) {
        if (m.entryId() != null) {
            return m;
        }
        for (Mention g : candidates) {
            // «زيد العبادي» holds the surname of «حيدر العبادي»: words before a known person's name
            // inside a longer one are another given name, another person
            if (g.origin() == Mention.Origin.GAZETTEER && m.span().contains(g.span()) && g.type() == m.type()
                    && (m.type() != EntityType.PLACE || g.subtype().equals(m.subtype()))
                    && (m.type() != EntityType.PERSON || g.span().begin() == m.span().begin())
                    // «نادي ليفربول» is Liverpool, «إذاعة فرانس إنتر» is not Inter: a known name deeper in
                    // a longer one is part of another name
                    && (m.type() != EntityType.ORGANIZATION || wordsBetween(tokens, m.firstToken(), g.firstToken()) <= 1)) {
                return new Mention(m.span(), m.firstToken(), m.endToken(), m.type(),
                        m.subtype().isEmpty() ? g.subtype() : m.subtype(), m.name(), m.key(), m.origin(), g.entryId(),
                        m.score());
            }
        }
        return m;
    }

    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += tokens.get(k).isWord() ? 1 : 0;
        }
        return n;
    }
}
