package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Containment;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;

/**
 * Containment the text states: «في قاعدة X في مدينة أنكوراج» (X in Anchorage), «أنكوراج، كبرى مدن
 * ولاية ألاسكا» (Anchorage in Alaska), «ولاية ألاسكا الأميركية» (Alaska in the United States),
 * «العاصمة المصرية القاهرة», «الفاشر شمالي السودان». The smaller place must come first and be of a
 * lower rank (facility &lt; city &lt; region &lt; country &lt; continent). Containment known only from the
 * gazetteer is not asserted here: it lives in the gazetteer graph.
 */
public final class ContainmentStage extends BaseStage {
    private static final Set<String> LINK_WORDS = Set.of("،", ",", "في", "كبري", "مدن", "مدينه", "عاصمه", "العاصمه",
            "اكبر", "ثاني", "ثالث", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "شمالا",
            "جنوبا", "شرقا", "غربا", "(", ")", "الواقعه", "الواقع", "التابعه", "التابع", "ولايه", "محافظه", "اقليم",
            "منطقه", "مقاطعه", "بمدينه", "بمحافظه", "بولايه", "بالعاصمه", "داخل", "احدي", "احد", "كبريات");

    /** Organizations that are also sites: their name names a building or a campus. */
    private static final Set<String> SITES = Set.of("Building", "University");

    private final Words words;

    public ContainmentStage(Words words) {
        super("located-in", Set.of(Layer.ENTITIES, Layer.SENTENCES), Set.of(Layer.CONTAINMENT, Layer.ENTITIES));
        this.words = words;
    }

    private record Placed(int entity, int first, int end) {}

    @Override
    public NewsDocument apply(NewsDocument d) {
        EntityIndex index = new EntityIndex(d, words.gazetteer());
        int[] entityAt = EventStage.entityAtToken(d);
        List<Token> t = d.tokens();
        List<Containment> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<Placed> places = new ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int e = entityAt[i];
                if (e >= 0 && d.entities().get(e).type() != EntityType.PERSON && (i == s.firstToken() || entityAt[i - 1] != e)) {
                    int end = i + 1;
                    while (end < s.endToken() && entityAt[end] == e) {
                        end++;
                    }
                    places.add(new Placed(e, i, end));
                }
            }
            for (int a = 0; a < places.size(); a++) {
                Placed x = places.get(a);
                if (index.get(x.entity).type() == EntityType.ORGANIZATION) {
                    // «جامعة محمد الخامس بالرباط», «قصر الشعب بدمشق»: a campus or a building where it stands
                    // («منظمة الصحة العالمية في اليمن» is an office of the organization, not the organization)
                    if (a + 1 < places.size() && SITES.contains(index.get(x.entity).subtype())
                            && adjacent(t, x.end, places.get(a + 1))
                            && index.get(places.get(a + 1).entity).type() == EntityType.PLACE
                            && EventStage.placeRank(index.get(places.get(a + 1).entity)) < 3) {
                        Placed y = places.get(a + 1);
                        out.add(new Containment(x.entity, y.entity, span(t, x.first, y.end)));
                    }
                    continue;
                }
                if (index.get(x.entity).type() != EntityType.PLACE) {
                    continue;
                }
                // «ولاية ألاسكا الأميركية»: an adjective of a country right after the place
                int countryOfNisba = nisbaAfter(index, t, x.end, s.endToken());
                if (countryOfNisba >= 0) {
                    add(d, index, out, x.entity, countryOfNisba, span(t, x.first, x.end + 1));
                }
                // «العاصمة المصرية القاهرة»
                if (x.first >= 2 && t.get(x.first - 2).norm().equals("العاصمه")) {
                    int c = nisbaAfter(index, t, x.first - 1, x.first);
                    if (c >= 0) {
                        add(d, index, out, x.entity, c, span(t, x.first - 2, x.end));
                    }
                }
                if (a + 1 < places.size() && index.get(places.get(a + 1).entity).type() == EntityType.PLACE) {
                    Placed y = places.get(a + 1);
                    if (linked(t, x.end, y.first, y)) {
                        add(d, index, out, x.entity, y.entity, span(t, x.first, y.end));
                    }
                }
            }
        }
        return d.toBuilder().containments(dedupe(out)).entities(index.entities()).build();
    }

    private int nisbaAfter(EntityIndex index, List<Token> t, int k, int limit) {
        if (k >= limit || t.get(k).hasPrefix()) {
            return -1;
        }
        // skip one ordinary adjective («العسكرية») before the country's
        int j = k;
        if (Words.looksLikeNisba(t.get(j)) && words.gazetteer().nisba().longestAt(t, j, limit) == null && j + 1 < limit) {
            j++;
        }
        PhraseIndex.Match<GazetteerEntry> m = words.gazetteer().nisba().longestAt(t, j, limit);
        if (m == null || m.value().type() != EntityType.PLACE) {
            return -1;
        }
        return index.entityForEntry(m.value().id());
    }

    /** The place right after, as «بـY». */
    private static boolean adjacent(List<Token> t, int from, Placed y) {
        return y.first == from && t.get(from).prefix().endsWith("ب");
    }

    /** Only linking words between the two places, and the second introduced by «في» or «بـ» or a comma. */
    private static boolean linked(List<Token> t, int from, int to, Placed y) {
        if (to - from > 5) {
            return false;
        }
        boolean introduced = t.get(to).prefix().endsWith("ب");
        for (int i = from; i < to; i++) {
            String w = t.get(i).normWord();
            if (!LINK_WORDS.contains(w) && !LINK_WORDS.contains(t.get(i).norm())) {
                return false;
            }
            introduced |= w.equals("في") || w.equals("،") || w.equals(",") || w.equals("(") || t.get(i).prefix().endsWith("ب");
        }
        return introduced || to - from > 0;
    }

    private static void add(NewsDocument d, EntityIndex index, List<Containment> out, int child, int parent, Span evidence) {
        if (child == parent) {
            return;
        }
        Entity c = index.get(child);
        Entity p = index.get(parent);
        // a place of unknown rank («رادس») may lie in a city or anything larger, never in a facility
        boolean unknownInside = c.subtype().isEmpty() && !p.subtype().isEmpty() && !p.subtype().equals("Facility");
        if (EventStage.placeRank(c) >= EventStage.placeRank(p) && !unknownInside) {
            return;
        }
        out.add(new Containment(child, parent, evidence));
    }

    private static Span span(List<Token> t, int first, int end) {
        return new Span(t.get(first).stemSpan().begin(), t.get(end - 1).span().end());
    }

    private static List<Containment> dedupe(List<Containment> in) {
        List<Containment> out = new ArrayList<>();
        for (Containment c : in) {
            if (out.stream().noneMatch(o -> o.child() == c.child() && o.parent() == c.parent())) {
                out.add(c);
            }
        }
        return out;
    }
}
