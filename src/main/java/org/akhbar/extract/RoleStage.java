package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.nlp.BaseStage;
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

    public RoleStage(Words words) {
        super("roles", Set.of(Layer.ENTITIES, Layer.SENTENCES), Set.of(Layer.ROLES, Layer.ENTITIES));
        this.gazetteer = words.gazetteer();
        this.titles = new TitleParser(words, new HeadPhrases(words));
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        EntityIndex index = new EntityIndex(d, gazetteer);
        List<Token> tokens = d.tokens();
        List<Role> roles = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                List<TitleParser.TitlePhrase> chain = titles.chain(tokens, i, s.endToken());
                if (chain.isEmpty() || index.mentionAt(i) >= 0 && isInsideName(d, index.mentionAt(i), i)
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
                if (holder >= 0) {
                    addRoles(d, index, chain, holder, roles);
                }
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
        int after = k < s.endToken() ? index.mentionStartingAt(k) : -1;
        if (after >= 0 && d.mentions().get(after).type() == EntityType.PERSON) {
            return index.entityOfMention(after);
        }
        int b = start;
        if (b - 1 >= s.firstToken() && tokens.get(b - 1).isPunct() && tokens.get(b - 1).text().equals("،")) {
            b--;
        }
        int before = b > s.firstToken() ? index.mentionEndingAt(b) : -1;
        if (before >= 0 && d.mentions().get(before).type() == EntityType.PERSON && !tokens.get(start).hasPrefix()) {
            return index.entityOfMention(before);
        }
        return -1;
    }

    private void addRoles(NewsDocument d, EntityIndex index, List<TitleParser.TitlePhrase> chain, int holder,
                          List<Role> roles) {
        // A jurisdiction written once at the end of a compound title serves every post in it.
        int shared = -1;
        for (int j = chain.size() - 1; j >= 0 && shared < 0; j--) {
            shared = jurisdiction(d, index, chain.get(j));
        }
        for (TitleParser.TitlePhrase p : chain) {
            int of = jurisdiction(d, index, p);
            List<Token> tokens = d.tokens();
            Span span = new Span(tokens.get(p.start()).stemSpan().begin(), tokens.get(p.end() - 1).span().end());
            roles.add(new Role(holder, d.textOf(span), span, p.key(), p.en(), of >= 0 ? of : shared));
        }
    }

    private int jurisdiction(NewsDocument d, EntityIndex index, TitleParser.TitlePhrase p) {
        TitleParser.Jurisdiction best = null;
        for (TitleParser.Jurisdiction j : p.jurisdictions()) {
            if (j.kind() == TitleParser.Jurisdiction.Kind.POSTING) {
                continue;
            }
            if (best == null || rank(j) < rank(best)) {
                best = j;
            }
        }
        if (best == null) {
            return -1;
        }
        if (best.kind() == TitleParser.Jurisdiction.Kind.NISBA) {
            return index.entityForEntry(best.entryId());
        }
        int m = index.mentionAt(best.start());
        if (m >= 0) {
            return index.entityOfMention(m);
        }
        return best.entryId() != null ? index.entityForEntry(best.entryId()) : -1;
    }

    private static int rank(TitleParser.Jurisdiction j) {
        if (j.kind() == TitleParser.Jurisdiction.Kind.ENTITY && j.type() == EntityType.ORGANIZATION) {
            return 0;
        }
        return j.kind() == TitleParser.Jurisdiction.Kind.NISBA ? 1 : 2;
    }

    /** One role per person and post; a role with a jurisdiction replaces the same post without one. */
    private static List<Role> dedupe(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            boolean keep = true;
            for (int i = 0; i < out.size(); i++) {
                Role o = out.get(i);
                if (o.person() != r.person() || !o.key().equals(r.key())) {
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
