package org.akhbar.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.akhbar.nlp.Containment;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotation;
import org.akhbar.nlp.Role;
import org.akhbar.nlp.TimeExpression;

/**
 * Scores one extracted article against its gold file. Rules (also in the README):
 * <ul>
 *   <li>entities: gold and predicted entities are paired one to one by name (any name or alias,
 *       normalized; a name may differ by up to two words at an end, «وكالة تاس الروسية» ~ «وكالة تاس»);
 *       a pair counts if the type agrees (a facility or building may be an organization or a place).
 *       Gold entities with {@code required: false} count neither way;</li>
 *   <li>linking: on paired entities, the QID must be the gold QID (both null is right);</li>
 *   <li>roles: same person and a title that contains the other or shares half its words;
 *       jurisdiction is judged on paired roles, and «roles+jurisdiction» needs both;</li>
 *   <li>statements: same speaker and words overlapping with F1 ≥ 0.5; by mode, the mode must agree too;</li>
 *   <li>events: same kind (paired by most shared participants and places); participants and places
 *       are scored on paired events;</li>
 *   <li>located-in: exact pairs; dates: the set of distinct day values.</li>
 * </ul>
 */
public final class Evaluator {
    private static final double QUOTE_OVERLAP = 0.5;

    public Evaluation evaluate(Gold gold, NewsDocument d) {
        Evaluation ev = new Evaluation();
        ev.countArticle();
        String art = gold.article();
        Map<Gold.GoldEntity, Integer> align = alignEntities(gold, d);
        Map<String, Integer> byName = new HashMap<>();
        for (Map.Entry<Gold.GoldEntity, Integer> e : align.entrySet()) {
            for (String f : e.getKey().forms()) {
                byName.putIfAbsent(f, e.getValue());
            }
        }
        entities(gold, d, align, ev, art);
        roles(gold, d, byName, ev, art);
        statements(gold, d, byName, ev, art);
        events(gold, d, byName, ev, art);
        located(gold, d, byName, ev, art);
        dates(gold, d, ev, art);
        return ev;
    }

    // ------------------------------------------------------------------ entities

    private static List<String> names(Entity e) {
        List<String> n = new ArrayList<>();
        n.add(e.label());
        n.addAll(e.altLabels());
        return n;
    }

    /** Gold entity → predicted entity id, one to one, best name match first, named entities preferred. */
    static Map<Gold.GoldEntity, Integer> alignEntities(Gold gold, NewsDocument d) {
        record Cand(Gold.GoldEntity g, int p, int score) {}
        List<Cand> cands = new ArrayList<>();
        for (Gold.GoldEntity g : gold.entities()) {
            for (Entity e : d.entities()) {
                int best = 0;
                for (String gf : g.forms()) {
                    for (String pf : names(e)) {
                        best = Math.max(best, Match.nameScore(gf, pf));
                    }
                }
                if (best > 0) {
                    int s = best * 4 + (e.isNamed() ? 2 : 0) + (typeOk(g, e) ? 1 : 0);
                    cands.add(new Cand(g, e.id(), s));
                }
            }
        }
        cands.sort((a, b) -> b.score - a.score);
        Map<Gold.GoldEntity, Integer> out = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Cand c : cands) {
            if (!out.containsKey(c.g) && !used.contains(c.p)) {
                out.put(c.g, c.p);
                used.add(c.p);
            }
        }
        return out;
    }

    static boolean typeOk(Gold.GoldEntity g, Entity e) {
        if (g.types().contains(e.type().label())) {
            return true;
        }
        boolean facility = e.subtype().equals("Building") || e.subtype().equals("Facility");
        return facility && (g.types().contains("Organization") || g.types().contains("Place"));
    }

    private static void entities(Gold gold, NewsDocument d, Map<Gold.GoldEntity, Integer> align, Evaluation ev,
                                 String art) {
        Set<Integer> accounted = new HashSet<>();
        for (Gold.GoldEntity g : gold.entities()) {
            Integer p = align.get(g);
            Entity e = p == null ? null : d.entities().get(p);
            if (!g.required()) {
                if (p != null) {
                    accounted.add(p);
                }
                continue;
            }
            String type = g.types().get(0);
            if (e != null && e.isNamed() && typeOk(g, e)) {
                accounted.add(p);
                String t = g.types().contains(e.type().label()) ? e.type().label() : type;
                ev.counts("entities").tp();
                ev.counts("entities/" + t).tp();
                // gold null means «not certain», not «no item»: linking is judged where the gold gives a QID
                if (g.wikidata() != null) {
                    ev.accuracy("linking (Wikidata)").add(g.wikidata().equals(e.wikidata()));
                    if (!g.wikidata().equals(e.wikidata())) {
                        ev.miss(art + "  linking: " + g.name() + " gold " + g.wikidata() + ", got " + e.wikidata());
                    }
                } else if (e.wikidata() != null) {
                    ev.accuracy("linked, gold null").add(true);
                }
            } else {
                ev.counts("entities").fn();
                ev.counts("entities/" + type).fn();
                ev.miss(art + "  entity missed: " + g.name() + " (" + type + ")"
                        + (e != null && e.isNamed() ? ", found as " + e.type().label() : ""));
            }
        }
        for (Entity e : d.entities()) {
            if (e.isNamed() && !accounted.contains(e.id())) {
                ev.counts("entities").fp();
                ev.counts("entities/" + e.type().label()).fp();
                ev.miss(art + "  entity spurious: " + e.label() + " (" + e.type().label() + ")");
            }
        }
    }

    // ------------------------------------------------------------------ roles

    private static void roles(Gold gold, NewsDocument d, Map<String, Integer> byName, Evaluation ev, String art) {
        Set<Role> used = new HashSet<>();
        for (Gold.GoldRole g : gold.roles()) {
            Integer person = byName.get(g.person());
            Role hit = null;
            for (Role r : d.roles()) {
                if (!used.contains(r) && person != null && r.person() == person && Match.sameTitle(r.title(), g.title())) {
                    hit = r;
                    break;
                }
            }
            if (hit == null) {
                ev.counts("roles").fn();
                ev.counts("roles+jurisdiction").fn();
                ev.miss(art + "  role missed: " + g.person() + " — " + g.title());
                continue;
            }
            used.add(hit);
            ev.counts("roles").tp();
            Integer of = g.of() == null ? null : byName.get(g.of());
            boolean ok = g.of() == null ? hit.of() < 0 : of != null && hit.of() == of;
            ev.accuracy("jurisdiction").add(ok);
            if (ok) {
                ev.counts("roles+jurisdiction").tp();
            } else {
                ev.counts("roles+jurisdiction").fn();
                ev.counts("roles+jurisdiction").fp();
                ev.miss(art + "  jurisdiction: " + g.person() + " — " + g.title() + ": gold " + g.of() + ", got "
                        + (hit.of() >= 0 ? d.entities().get(hit.of()).label() : null));
            }
        }
        for (Role r : d.roles()) {
            if (!used.contains(r)) {
                ev.counts("roles").fp();
                ev.counts("roles+jurisdiction").fp();
                ev.miss(art + "  role spurious: " + d.entities().get(r.person()).label() + " — " + r.title());
            }
        }
    }

    // ------------------------------------------------------------------ statements

    private static String mode(Quotation q) {
        return q.mode().name().toLowerCase();
    }

    private static void statements(Gold gold, NewsDocument d, Map<String, Integer> byName, Evaluation ev, String art) {
        List<Quotation> qs = d.quotations();
        Set<Integer> used = new HashSet<>();
        Set<Integer> usedWithMode = new HashSet<>();
        Set<Integer> ignored = new HashSet<>(); // matched to a statement the gold does not require
        for (Gold.GoldStatement g : gold.statements()) {
            Integer speaker = byName.get(g.speaker());
            int best = -1;
            double bestScore = 0;
            int bestAny = -1;
            double bestAnyScore = 0;
            for (int i = 0; i < qs.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                double o = Match.overlap(qs.get(i).text(), g.quote());
                if (o >= QUOTE_OVERLAP && o > bestAnyScore) {
                    bestAny = i;
                    bestAnyScore = o;
                }
                if (o >= QUOTE_OVERLAP && speaker != null && qs.get(i).speaker() == speaker && o > bestScore) {
                    best = i;
                    bestScore = o;
                }
            }
            if (bestAny >= 0 && g.required()) {
                ev.accuracy("speaker").add(best == bestAny || best >= 0);
            }
            if (best < 0) {
                if (bestAny >= 0 && !g.required()) {
                    used.add(bestAny);
                    ignored.add(bestAny);
                }
                if (g.required()) {
                    ev.counts("statements").fn();
                    ev.counts("statements/" + g.kind()).fn();
                    ev.miss(art + "  statement missed: " + g.speaker() + " (" + g.kind() + "): " + cut(g.quote())
                            + (bestAny >= 0 ? "  [found, attributed to "
                            + speakerName(d, qs.get(bestAny)) + "]" : ""));
                }
                continue;
            }
            used.add(best);
            if (!g.required()) {
                ignored.add(best);
                continue;
            }
            ev.counts("statements").tp();
            if (mode(qs.get(best)).equals(g.kind())) {
                ev.counts("statements/" + g.kind()).tp();
                usedWithMode.add(best);
            } else {
                ev.counts("statements/" + g.kind()).fn();
                ev.miss(art + "  statement mode: " + cut(g.quote()) + ": gold " + g.kind() + ", got " + mode(qs.get(best)));
            }
        }
        for (int i = 0; i < qs.size(); i++) {
            if (!used.contains(i)) {
                ev.counts("statements").fp();
                ev.miss(art + "  statement spurious: " + speakerName(d, qs.get(i)) + " (" + mode(qs.get(i)) + "): "
                        + cut(qs.get(i).text()));
            }
            if (!usedWithMode.contains(i) && !ignored.contains(i)) {
                ev.counts("statements/" + mode(qs.get(i))).fp();
            }
        }
    }

    private static String speakerName(NewsDocument d, Quotation q) {
        return q.speaker() >= 0 ? d.entities().get(q.speaker()).label() : "?";
    }

    private static String cut(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    // ------------------------------------------------------------------ events

    private static void events(Gold gold, NewsDocument d, Map<String, Integer> byName, Evaluation ev, String art) {
        Set<Integer> used = new HashSet<>();
        for (Gold.GoldEvent g : gold.events()) {
            int best = -1;
            int bestShared = -1;
            for (int i = 0; i < d.events().size(); i++) {
                Event e = d.events().get(i);
                if (used.contains(i) || !e.kind().equals(g.kind())) {
                    continue;
                }
                int shared = shared(g.participants(), e.participants(), byName) + shared(g.places(), e.places(), byName);
                if (shared > bestShared) {
                    best = i;
                    bestShared = shared;
                }
            }
            if (best < 0) {
                ev.counts("events").fn();
                ev.miss(art + "  event missed: " + g.kind() + " " + g.name());
                continue;
            }
            used.add(best);
            ev.counts("events").tp();
            Event e = d.events().get(best);
            score(g.participants(), e.participants(), byName, ev.counts("event participants"), d, art + "  participant ");
            score(g.places(), e.places(), byName, ev.counts("event places"), d, art + "  event place ");
            String date = e.timex() >= 0 ? d.timeExpressions().get(e.timex()).value() : null;
            ev.accuracy("event date").add(Objects.equals(g.date(), date));
            ev.accuracy("event duration").add(Objects.equals(g.duration(), e.duration()));
        }
        for (int i = 0; i < d.events().size(); i++) {
            if (!used.contains(i)) {
                ev.counts("events").fp();
                ev.miss(art + "  event spurious: " + d.events().get(i).kind() + " " + d.events().get(i).label());
            }
        }
    }

    private static int shared(List<String> gold, List<Integer> predicted, Map<String, Integer> byName) {
        int n = 0;
        for (String g : gold) {
            Integer p = byName.get(g);
            if (p != null && predicted.contains(p)) {
                n++;
            }
        }
        return n;
    }

    private static void score(List<String> gold, List<Integer> predicted, Map<String, Integer> byName, Counts c,
                              NewsDocument d, String prefix) {
        Set<Integer> hit = new HashSet<>();
        for (String g : gold) {
            Integer p = byName.get(g);
            if (p != null && predicted.contains(p)) {
                c.tp();
                hit.add(p);
            } else {
                c.fn();
                // misses of attributes are listed only at the event level to keep the list readable
            }
        }
        for (int p : predicted) {
            if (!hit.contains(p)) {
                c.fp();
            }
        }
    }

    // ------------------------------------------------------------------ located-in, dates

    private static void located(Gold gold, NewsDocument d, Map<String, Integer> byName, Evaluation ev, String art) {
        Set<String> predicted = new HashSet<>();
        for (Containment c : d.containments()) {
            predicted.add(c.child() + ">" + c.parent());
        }
        Set<String> matched = new HashSet<>();
        for (List<String> pair : gold.locatedIn()) {
            Integer c = byName.get(pair.get(0));
            Integer p = byName.get(pair.get(1));
            String k = c + ">" + p;
            if (c != null && p != null && predicted.contains(k)) {
                ev.counts("located-in").tp();
                matched.add(k);
            } else {
                ev.counts("located-in").fn();
                ev.miss(art + "  located-in missed: " + pair.get(0) + " ⊂ " + pair.get(1));
            }
        }
        for (Containment c : d.containments()) {
            if (!matched.contains(c.child() + ">" + c.parent())) {
                ev.counts("located-in").fp();
                ev.miss(art + "  located-in spurious: " + d.entities().get(c.child()).label() + " ⊂ "
                        + d.entities().get(c.parent()).label());
            }
        }
    }

    private static void dates(Gold gold, NewsDocument d, Evaluation ev, String art) {
        Set<String> goldValues = new HashSet<>();
        for (Gold.GoldDate g : gold.dates()) {
            goldValues.add(g.value());
        }
        Set<String> predicted = new HashSet<>();
        for (TimeExpression t : d.timeExpressions()) {
            if (t.type() == TimeExpression.Type.DATE) {
                predicted.add(t.value());
            }
        }
        for (String g : goldValues) {
            if (predicted.contains(g)) {
                ev.counts("dates").tp();
            } else {
                ev.counts("dates").fn();
                ev.miss(art + "  date missed: " + g + " " + gold.dates().stream().filter(x -> x.value().equals(g))
                        .map(Gold.GoldDate::text).findFirst().orElse(""));
            }
        }
        for (String p : predicted) {
            if (!goldValues.contains(p)) {
                ev.counts("dates").fp();
                String text = d.timeExpressions().stream().filter(t -> t.value().equals(p)).map(TimeExpression::text)
                        .findFirst().orElse("");
                ev.miss(art + "  date spurious: " + p + " «" + text + "»");
            }
        }
    }
}
