package org.akhbar.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Token;

/**
 * The organization a bare definite head noun stands for («الوزارة», «اللجنة», «النادي»), shared by
 * coreference («الوزارة» as a mention) and roles («رئيس اللجنة», «المتحدث باسم الوزارة»).
 */
final class Institutions {
    /**
     * Kinds of institution often named without their head noun («الترجي» is a club, «أرامكو» a
     * company), so that «النادي» may stand for one of that kind; «الجيش» stands only for an army
     * named «الجيش …», never for «قوات الدعم السريع».
     */
    private static final Set<String> NAMED_WITHOUT_HEAD = Set.of("Club", "NationalTeam", "Company", "Bank",
            "Newspaper", "Channel", "Party", "University");

    private Institutions() {}

    /**
     * The last organization named before the noun whose name begins with it; else, for kinds named
     * without their head, the most mentioned one of that kind before it («قائد الفريق» among several
     * clubs: the one the article is about); else the first named after it with the noun.
     *
     * @param entityOfMention the entity of each mention index
     * @return the entity id, or -1
     */
    static int resolve(NewsDocument d, List<Entity> entities, IntUnaryOperator entityOfMention, Lexicon.Head head,
                       Token noun) {
        String bare = TitleParser.stripArticle(noun.norm());
        boolean byKind = NAMED_WITHOUT_HEAD.contains(head.subtype());
        int named = -1;
        int after = -1;
        Map<Integer, Integer> ofKind = new HashMap<>();
        for (int i = 0; i < d.mentions().size(); i++) {
            Mention m = d.mentions().get(i);
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            Entity e = entities.get(entityOfMention.applyAsInt(i));
            boolean sameHead = TitleParser.stripArticle(d.tokens().get(m.firstToken()).norm()).equals(bare);
            if (m.span().end() <= noun.span().begin()) {
                if (sameHead) {
                    named = e.id();
                } else if (byKind && head.subtype().equals(e.subtype())) {
                    ofKind.merge(e.id(), 1, Integer::sum);
                }
            } else if (sameHead && after < 0) {
                after = e.id();
            }
        }
        if (named >= 0) {
            return named;
        }
        int best = ofKind.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        return best >= 0 ? best : after;
    }
}
