package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Role;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;

/**
 * Posts people hold: a title right before a person's name («وزير الدفاع الروسي أندرية بيلاوسوف»),
 * or right after it, with or without a comma («كيريل دميترييف المبعوث الروسي الخاص»). Compound
 * titles give one role per post, sharing a jurisdiction written once at the end. The jurisdiction is
 * the organization named in the title if any («باسم وزارة الصحة»), else the country of its nisba
 * («الروسي»), else a country named in it («سفير مصر»); «في واشنطن» is where the post is held, not whose.
 */
public final class RoleStage extends BaseStage {
    private final Gazetteer gazetteer;
    private final TitleParser titles;
    private final Lexicon lexicon;

    public RoleStage(Words words) {
        super("roles", Set.of(Layer.ENTITIES, Layer.SENTENCES), Set.of(Layer.ROLES, Layer.ENTITIES));
        this.gazetteer = words.gazetteer();
        this.lexicon = words.lexicon();
        this.titles = new TitleParser(words, new HeadPhrases(words));
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        EntityIndex index = new EntityIndex(d, gazetteer);
        List<Token> tokens = d.tokens();
        List<Role> roles = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            int i = s.firstToken();
            int previousEnd = -1;
            int previousHolder = -1;
            while (i < s.endToken()) {
                List<TitleParser.TitlePhrase> chain = titles.chain(tokens, i, s.endToken());
                // «المبعوث الشخصي للأمين العام»: a title in «لـ» right after another is its complement
                boolean complement = i == previousEnd && tokens.get(i).prefix().matches(".*[لبك]");
                if (chain.isEmpty() || complement || index.mentionAt(i) >= 0 && isInsideName(d, index.mentionAt(i), i)
                        && !personFollows(d, index, chain.get(chain.size() - 1).end())) {
                    i++;
                    continue;
                }
                // «العاهل المغربي الملك محمد السادس»: a known name may begin with a title word
                for (int c = 1; c < chain.size(); c++) {
                    if (personFollows(d, index, chain.get(c).start())) {
                        chain = chain.subList(0, c);
                        break;
                    }
                }
                int end = chain.get(chain.size() - 1).end();
                int holder = holder(d, index, chain.get(0).start(), end, s);
                // «خالد الإعيسر، وزير الثقافة والإعلام، الناطق الرسمي باسم الحكومة»: a second title in apposition
                int start = chain.get(0).start();
                if (holder < 0 && previousHolder >= 0 && start >= 1 && previousEnd == start - 1
                        && Mentions.isComma(tokens.get(start - 1)) && !tokens.get(start).hasPrefix()) {
                    holder = previousHolder;
                }
                if (holder < 0) {
                    int name = nameAfterLongTitle(d, index, end, s);
                    if (name >= 0) {
                        holder = index.entityOfMention(index.mentionStartingAt(name));
                        chain = extend(d, index, chain, name);
                        end = chain.get(chain.size() - 1).end(); // a second title after a comma gets its turn
                    }
                }
                if (holder >= 0) {
                    addRoles(d, index, chain, holder, roles);
                }
                previousEnd = end;
                previousHolder = holder;
                i = Math.max(end, i + 1);
            }
        }
        return d.toBuilder().roles(dedupe(roles)).entities(index.entities()).build();
    }

    /** «مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو»: a title inside a name still names the person after it. */
    private static boolean personFollows(NewsDocument d, EntityIndex index, int token) {
        int m = token < d.tokens().size() ? index.mentionStartingAt(token) : -1;
        return m >= 0 && d.mentions().get(m).type() == EntityType.PERSON;
    }

    /** A title word inside a recognized name («مجلس الوزراء» in an organization) is not a title. */
    private static boolean isInsideName(NewsDocument d, int mention, int token) {
        Mention m = d.mentions().get(mention);
        return m.type() != EntityType.PERSON && m.firstToken() < token;
    }

    /** The person the title belongs to: the name right after it, or the name right before it. */
    private int holder(NewsDocument d, EntityIndex index, int start, int end, Sentence s) {
        List<Token> tokens = d.tokens();
        int k = end;
        int h;
        while (k < s.endToken() && (h = titles.honorificEnd(tokens, k, s.endToken())) > 0) {
            k = h;
        }
        // «عيّن … نادية بنعبو مديرةً عامةً»: a post in the accusative belongs to the name before it
        int after = k < s.endToken() && !isAccusative(tokens.get(start)) ? index.mentionStartingAt(k) : -1;
        if (after >= 0 && d.mentions().get(after).type() == EntityType.PERSON) {
            return index.entityOfMention(after);
        }
        int b = start;
        // «X، وهو مدير …», «X، الذي يشغل منصب رئيس …»: an appositive clause names the post
        // «X، الذي كان يشغل منصب …», «X التي باتت وزيرةً للاستثمار»
        b = skipBack(tokens, b, s.firstToken(), Set.of("منصب"));
        b = skipBack(tokens, b, s.firstToken(), Set.of("يشغل", "تشغل", "بات", "باتت", "اصبح", "اصبحت", "صار", "صارت"));
        b = skipBack(tokens, b, s.firstToken(), Set.of("كان", "كانت"));
        b = skipBack(tokens, b, s.firstToken(), Set.of("الذي", "التي", "وهو", "وهي"));
        if (b - 1 >= s.firstToken() && tokens.get(b - 1).isPunct() && tokens.get(b - 1).text().equals("،")) {
            b--;
        }
        int before = b > s.firstToken() ? index.mentionEndingAt(b) : -1;
        if (before < 0 && b == start) {
            int subject = subjectOfPost(d, index, start, s);
            if (subject >= 0) {
                return subject;
            }
        }
        boolean comma = b < start;
        TitleParser.TitlePhrase title = titles.parse(tokens, start, s.endToken());
        boolean ambiguous = title != null && title.title().needsFullName();
        // «هنأت رئيسة المفوضية أورسولا فون دير لاين الرئيس المنتخب»: a name that a title already
        // introduces, followed by another title with no comma, is a subject and that title its object
        boolean introduced = before >= 0 && !comma && d.mentions().get(before).firstToken() > s.firstToken()
                && titleEndsAt(tokens, d.mentions().get(before).firstToken(), s);
        if (before >= 0 && d.mentions().get(before).type() == EntityType.PERSON && !tokens.get(start).hasPrefix()
                && (comma || !ambiguous) && !introduced) {
            return index.entityOfMention(before);
        }
        return -1;
    }

    /**
     * The first token of a person's name that closes a title running on past its parsed part
     * («مدير عام دائرة شؤون الألغام في وزارة البيئة العراقية ضياء جاسم الربيعي»), or -1.
     */
    private int nameAfterLongTitle(NewsDocument d, EntityIndex index, int end, Sentence s) {
        return titles.nameAfter(d.tokens(), end, s.endToken(), k -> k > end && personFollows(d, index, k));
    }

    /** The chain with its last title running up to the name, the organizations and places on the way its own. */
    private List<TitleParser.TitlePhrase> extend(NewsDocument d, EntityIndex index,
                                                        List<TitleParser.TitlePhrase> chain, int name) {
        TitleParser.TitlePhrase last = chain.get(chain.size() - 1);
        List<TitleParser.Jurisdiction> jur = new ArrayList<>(last.jurisdictions());
        for (int t = last.end(); t < name; t++) {
            // «وزيرة اللجوء والهجرة البلجيكية»: a nisba adjective in the run-on part names the state
            var nisba = !d.tokens().get(t).hasPrefix() && index.mentionStartingAt(t) < 0
                    ? gazetteer.nisba().longestAt(d.tokens(), t, name) : null;
            if (nisba != null) {
                jur.add(new TitleParser.Jurisdiction(TitleParser.Jurisdiction.Kind.NISBA, t, nisba.end(),
                        nisba.value().type(), nisba.value().id()));
            }
            int m = index.mentionStartingAt(t);
            if (m >= 0 && d.mentions().get(m).type() != EntityType.PERSON) {
                Mention mention = d.mentions().get(m);
                // «لدى الأمم المتحدة», «إلى السودان», «في العراق»: where the post is held, not whose it is
                String before = t > 0 ? d.tokens().get(t - 1).normWord() : "";
                boolean posting = before.equals("لدي") || mention.type() == EntityType.PLACE
                        && (before.equals("الي") || before.equals("في"));
                jur.add(new TitleParser.Jurisdiction(posting ? TitleParser.Jurisdiction.Kind.POSTING
                        : TitleParser.Jurisdiction.Kind.ENTITY, mention.firstToken(), mention.endToken(),
                        mention.type(), mention.entryId()));
            }
        }
        List<TitleParser.TitlePhrase> out = new ArrayList<>(chain.subList(0, chain.size() - 1));
        int end = name;
        for (int t = last.end(); t < name; t++) {
            Token tok = d.tokens().get(t);
            // the title ends at a comma, or where a second post begins («الممثلة الخاصة … في ليبيا رئيسة بعثة …»)
            var post = t > last.end() && !tok.hasPrefix() ? lexicon.titles().longestAt(d.tokens(), t, name) : null;
            if (Mentions.isComma(tok) || post != null && post.value().isPost()) {
                end = t;
                break;
            }
        }
        out.add(new TitleParser.TitlePhrase(last.start(), end, last.title(), last.key(), last.en(), jur));
        return out;
    }

    /** «مديراً», «مديرةً»: an indefinite noun with the accusative ending, written or implied by its alif. */
    private boolean isAccusative(Token t) {
        return !t.hasPrefix() && (t.text().indexOf('\u064B') >= 0 || t.norm().endsWith("ا")
                && lexicon.titles().longestAt(List.of(t), 0, 1) == null);
    }

    private static final Set<String> HOLDING_VERBS = Set.of("يشغل", "تشغل", "شغل", "شغلت", "تولي", "تولت", "يتولي",
            "تتولي", "كان", "كانت");

    /**
     * «وكان الشحي يشغل منذ عام 2022 منصب والي خصب»: the subject of «يشغل/تولّى … منصب» named right
     * before the verb, a few words before the post; or -1.
     */
    private static int subjectOfPost(NewsDocument d, EntityIndex index, int start, Sentence s) {
        List<Token> tokens = d.tokens();
        if (start - 1 < s.firstToken() || !tokens.get(start - 1).normWord().equals("منصب")) {
            return -1;
        }
        for (int v = start - 2; v >= s.firstToken() && v >= start - 8; v--) {
            Token t = tokens.get(v);
            if (t.isPunct()) {
                return -1;
            }
            if (HOLDING_VERBS.contains(t.norm())) {
                int m = v > s.firstToken() ? index.mentionEndingAt(v) : -1;
                if (m >= 0 && d.mentions().get(m).type() == EntityType.PERSON) {
                    return index.entityOfMention(m);
                }
            }
        }
        return -1;
    }

    /** Whether a title (and honorifics) ends right before token {@code k}, starting at most eight tokens back. */
    private boolean titleEndsAt(List<Token> tokens, int k, Sentence s) {
        for (int j = Math.max(s.firstToken(), k - 8); j < k; j++) {
            List<TitleParser.TitlePhrase> chain = titles.chain(tokens, j, k);
            if (!chain.isEmpty()) {
                int e = chain.get(chain.size() - 1).end();
                int h;
                while (e < k && (h = titles.honorificEnd(tokens, e, k)) > 0) {
                    e = h;
                }
                if (e == k) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token before {@code b} if it is one of {@code words} (normalized, clitics included), else b. */
    private static int skipBack(List<Token> tokens, int b, int first, Set<String> words) {
        return b - 1 >= first && words.contains(tokens.get(b - 1).normWord()) ? b - 1 : b;
    }

    private void addRoles(NewsDocument d, EntityIndex index, List<TitleParser.TitlePhrase> chain, int holder,
                          List<Role> roles) {
        // A jurisdiction written once at the end of a compound title serves every post in it.
        // Only an adjective is shared: in «نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي» Dubai is the governor's.
        int shared = -1;
        for (int j = chain.size() - 1; j >= 0 && shared < 0; j--) {
            shared = jurisdiction(d, index, chain.get(j), TitleParser.Jurisdiction.Kind.NISBA);
        }
        for (TitleParser.TitlePhrase p : chain) {
            int of = jurisdiction(d, index, p, null);
            if (of < 0 && shared < 0) {
                of = holdersCountry(d, index, holder, p);
            }
            // «وزير الصحة قاسم بحيبح» in a story about Yemen: a post of a state that names no state is the
            // article's own country, the one it names most
            if (of < 0 && shared < 0 && p.title().scope().equals("country") && p.jurisdictions().isEmpty()) {
                of = homeCountry(index);
            }
            List<Token> tokens = d.tokens();
            Span span = new Span(tokens.get(p.start()).stemSpan().begin(), tokens.get(p.end() - 1).span().end());
            roles.add(new Role(holder, d.textOf(span), span, p.key(), p.en(), of >= 0 ? of : shared));
        }
    }

    /** The country the article names most often (the first named, on a tie), or -1. */
    private static int homeCountry(EntityIndex index) {
        int best = -1;
        int most = 0;
        for (Entity e : index.entities()) {
            if (e.type() == EntityType.PLACE && "Country".equals(e.subtype()) && e.mentions().size() > most) {
                best = e.id();
                most = e.mentions().size();
            }
        }
        return best;
    }

    /** The best-ranked jurisdiction of the title that resolves to an entity, or -1. */
    private int jurisdiction(NewsDocument d, EntityIndex index, TitleParser.TitlePhrase p,
                             TitleParser.Jurisdiction.Kind only) {
        List<TitleParser.Jurisdiction> candidates = p.jurisdictions().stream()
                .filter(j -> j.kind() != TitleParser.Jurisdiction.Kind.POSTING && (only == null || j.kind() == only))
                .sorted(java.util.Comparator.comparingInt(RoleStage::rank)).toList();
        for (TitleParser.Jurisdiction j : candidates) {
            int e = resolve(d, index, j);
            // a post is held in a body or a place, never in a person («المتحدث باسم الأمين العام»)
            if (e >= 0 && index.entities().get(e).type() != EntityType.PERSON) {
                return e;
            }
        }
        return -1;
    }

    private int resolve(NewsDocument d, EntityIndex index, TitleParser.Jurisdiction j) {
        switch (j.kind()) {
            case NISBA:
                return index.entityForEntry(j.entryId());
            case INSTITUTION:
                Token noun = d.tokens().get(j.start());
                return Institutions.resolve(d, index.entities(), index::entityOfMention, lexicon.head(noun.norm()), noun);
            default:
                // «إقليم تارودانت»: the name may begin after a head noun that is not part of it
                for (int t = j.start(); t < j.end(); t++) {
                    int m = index.mentionAt(t);
                    if (m >= 0) {
                        return index.entityOfMention(m);
                    }
                }
                return j.entryId() != null ? index.entityForEntry(j.entryId()) : -1;
        }
    }

    /**
     * An organization named in the title first; then the institution a bare head noun stands for
     * («رئيس اللجنة المنتهية ولايته الألماني» presides over the committee, not over Germany); then
     * the country of a nisba; then a place named in it.
     */
    private static int rank(TitleParser.Jurisdiction j) {
        if (j.kind() == TitleParser.Jurisdiction.Kind.ENTITY && j.type() == EntityType.ORGANIZATION) {
            return 0;
        }
        return switch (j.kind()) {
            case INSTITUTION -> 1;
            case NISBA -> 2;
            default -> 3;
        };
    }

    /**
     * A post of a state with no jurisdiction written («وزير الخارجية وانغ يي») is held for the holder's
     * country, when the gazetteer knows the holder; so is a post the gazetteer's note gives them
     * («President of Algeria» for «الرئيس المنتهية ولايته»).
     */
    private int holdersCountry(NewsDocument d, EntityIndex index, int holder, TitleParser.TitlePhrase p) {
        String entry = index.get(holder).entryId();
        GazetteerEntry person = entry == null ? null : gazetteer.byId(entry);
        if (person == null || person.country() == null || person.country().isEmpty()) {
            return -1;
        }
        String note = gazetteer.note(entry);
        boolean noted = note != null && note.toLowerCase(java.util.Locale.ROOT)
                .startsWith(p.title().en().toLowerCase(java.util.Locale.ROOT) + " of ");
        return p.title().isOfState() || noted ? index.entityForEntry(person.country()) : -1;
    }

    /** One role per person and post; a role with a jurisdiction replaces the same post without one. */
    private static List<Role> dedupe(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            boolean keep = true;
            for (int i = 0; i < out.size(); i++) {
                Role o = out.get(i);
                if (o.person() != r.person()) {
                    continue;
                }
                // «وزير الفلاحة» after «وزير الفلاحة والموارد المائية …» is the same post, written short
                if (!o.key().equals(r.key())) {
                    if (o.key().startsWith(r.key() + " ") && (r.of() < 0 || r.of() == o.of())) {
                        keep = false;
                    } else if (r.key().startsWith(o.key() + " ") && (o.of() < 0 || o.of() == r.of())) {
                        out.set(i, r);
                        keep = false;
                    }
                    continue;
                }
                if (o.of() == r.of() || r.of() < 0) {
                    keep = false;
                } else if (o.of() < 0) {
                    out.set(i, r);
                    keep = false;
                }
            }
            if (keep) {
                out.add(r);
            }
        }
        return out;
    }
}
