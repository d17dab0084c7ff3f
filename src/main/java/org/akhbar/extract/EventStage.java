package org.akhbar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Reference;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.TimeExpression;
import org.akhbar.nlp.Token;

/**
 * Events from trigger nouns (events lexicon): summit, talks, press conference, interview, match …
 * Mentions of one happening are merged: the same kind again («القمة» … «القمة»), and talks or a
 * meeting inside the article's main event («بعد محادثات دامت …» during the summit). Something
 * announced as coming («المحادثات المقبلة», «ستعقد») is a separate, planned event.
 * Participants: the people and bodies of the sentence that introduces the event (outside quoted
 * speech, or inside it if the trigger is quoted), of sentences with a participation verb
 * («جمعته», «التقى»), and of group references («الزعيمان»); a joint event («المشترك») shares the
 * main event's participants. Places: those introduced by «في»/«بـ» after a trigger, and those
 * chained to them («في مدينة أنكوراج، كبرى مدن ولاية ألاسكا»). Date and duration from the sentences
 * of its mentions.
 */
public final class EventStage extends BaseStage {
    private static final Set<String> MAIN_KINDS = Set.of("summit", "meeting", "talks", "visit", "conference",
            "match", "election", "session", "call", "agreement", "vote", "trial", "protest", "ceremony", "launch",
            "attack");

    private final Lexicon lex;

    public EventStage(Lexicon lexicon) {
        super("events", Set.of(Layer.ENTITIES, Layer.REFERENCES, Layer.TIMEX, Layer.CONTAINMENT), Set.of(Layer.EVENTS));
        this.lex = lexicon;
    }

    /** An event being assembled. */
    private static final class Draft {
        final String kind;
        final boolean planned;
        final String qualifier;
        final List<Span> triggers = new ArrayList<>();
        final List<int[]> triggerTokens = new ArrayList<>(); // {first, end, sentence}
        final LinkedHashSet<Integer> participants = new LinkedHashSet<>();
        final List<Integer> places = new ArrayList<>();
        String label;
        boolean joint;
        int timex = -1;
        String duration;

        Draft(String kind, boolean planned, String qualifier) {
            this.kind = kind;
            this.planned = planned;
            this.qualifier = qualifier;
        }
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        List<Token> tokens = d.tokens();
        int[] entityAt = entityAtToken(d);
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<QuoteSpans.Quote> quotes = QuoteSpans.find(d, s);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (entityAt[i] >= 0 || !tokens.get(i).isWord()) {
                    continue;
                }
                PhraseIndex.Match<Lexicon.EventTrigger> m = lex.events().longestAt(tokens, i, s.endToken());
                if (m == null || m.value().occasionOnly() && !introducedAsOccasion(tokens, i)) {
                    continue;
                }
                int end = extendLabel(tokens, m.end(), s.endToken());
                boolean planned = isPlanned(tokens, s, i, end);
                String qualifier = qualifier(tokens, m.end(), end);
                Draft e = attach(drafts, m.value().kind(), planned, qualifier);
                Span span = new Span(tokens.get(i).stemSpan().begin(), tokens.get(end - 1).span().end());
                if (e.label == null) {
                    e.label = d.textOf(span);
                }
                e.triggers.add(span);
                e.triggerTokens.add(new int[] {i, end, s.index()});
                e.joint |= containsWord(tokens, m.end(), end, "المشترك") || containsWord(tokens, m.end(), end, "المشتركه");
                collect(d, s, i, end, quotes, entityAt, e, e.triggers.size() == 1);
                i = end - 1;
            }
        }
        Draft main = drafts.stream().filter(x -> !x.planned && MAIN_KINDS.contains(x.kind)).findFirst().orElse(null);
        // in a match report «اللقاء» is the match, not a meeting, and «قمة الجولة» its top fixture
        if (drafts.stream().anyMatch(x -> x.kind.equals("match"))) {
            List<Draft> merged = new ArrayList<>();
            for (Draft x : drafts) {
                Draft target = x.kind.equals("meeting") || x.kind.equals("summit") ? drafts.stream().filter(y -> y.kind.equals("match")
                        && y.planned == x.planned).findFirst().orElse(null) : null;
                if (target != null) {
                    target.triggers.addAll(x.triggers);
                    target.participants.addAll(x.participants);
                    x.places.stream().filter(p -> !target.places.contains(p)).forEach(target.places::add);
                    if (target.timex < 0) {
                        target.timex = x.timex;
                    }
                    if (target.duration == null) {
                        target.duration = x.duration;
                    }
                } else {
                    merged.add(x);
                }
            }
            drafts = merged;
            main = drafts.stream().filter(x -> !x.planned && MAIN_KINDS.contains(x.kind)).findFirst().orElse(null);
        }
        List<Event> events = new ArrayList<>();
        for (Draft e : drafts) {
            if (e.joint && main != null && main != e) {
                e.participants.addAll(main.participants);
            }
            List<Integer> places = new ArrayList<>(e.places);
            // the places the text puts those places in belong to the event too («في قاعدة X في مدينة Y»)
            for (int k = 0; k < places.size(); k++) {
                for (org.akhbar.nlp.Containment c : d.containments()) {
                    if (c.child() == places.get(k) && !places.contains(c.parent())
                            && d.entities().get(c.parent()).type() == EntityType.PLACE
                            && !"Country".equals(d.entities().get(c.parent()).subtype())) {
                        places.add(c.parent());
                    }
                }
            }
            places.sort(Comparator.comparingInt(p -> placeRank(d.entities().get(p))));
            boolean planned = e.planned || isAfterPublication(d, e.timex);
            events.add(new Event(e.kind, e.label, e.triggers, List.copyOf(e.participants), places, e.timex,
                    e.duration, planned));
        }
        return d.toBuilder().events(events).build();
    }

    /** The draft this trigger belongs to, or a new one. */
    private static Draft attach(List<Draft> drafts, String kind, boolean planned, String qualifier) {
        for (Draft e : drafts) {
            if (e.kind.equals(kind) && e.planned == planned
                    && (e.qualifier.isEmpty() || qualifier.isEmpty() || e.qualifier.equals(qualifier))) {
                return e;
            }
        }
        if (!planned && (kind.equals("talks") || kind.equals("meeting"))) {
            for (Draft e : drafts) {
                if (!e.planned && MAIN_KINDS.contains(e.kind) && !e.kind.equals("match")) {
                    return e; // talks held at the summit are the summit
                }
            }
        }
        Draft e = new Draft(kind, planned, qualifier);
        drafts.add(e);
        return e;
    }

    /** Participants, places, date and duration found around one trigger. */
    private void collect(NewsDocument d, Sentence s, int trigger, int triggerEnd, List<QuoteSpans.Quote> quotes,
                         int[] entityAt, Draft e, boolean introducing) {
        List<Token> tokens = d.tokens();
        QuoteSpans.Quote inQuote = QuoteSpans.enclosing(quotes, trigger);
        boolean participation = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            participation |= lex.isParticipationVerb(tokens.get(i).normWord()) || lex.isParticipationVerb(tokens.get(i).norm());
        }
        if (introducing || participation) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int ent = entityAt[i];
                if (ent < 0 || (i > s.firstToken() && entityAt[i - 1] == ent)) {
                    continue;
                }
                QuoteSpans.Quote q = QuoteSpans.enclosing(quotes, i);
                if (q != inQuote) {
                    continue;
                }
                Entity who = d.entities().get(ent);
                // teams play matches: a club or a national team takes part as a person does
                boolean team = e.kind.equals("match") && who.type() == EntityType.ORGANIZATION
                        && (who.subtype().equals("Club") || who.subtype().equals("NationalTeam"));
                if (who.type() == EntityType.PERSON || team) {
                    e.participants.add(ent);
                }
            }
        }
        for (Reference r : d.references()) {
            if (r.kind() == Reference.Kind.GROUP && s.span().contains(r.span())) {
                e.participants.add(r.entity());
            }
        }
        // places introduced after the trigger, or anywhere in the sentence that introduces the event
        // («فاز X على Y على ستاد Z، في قمة الجولة»)
        int lastPlaceEnd = -1;
        for (int i = introducing ? s.firstToken() + 1 : triggerEnd; i < s.endToken(); i++) {
            if (i >= trigger && i < triggerEnd) {
                continue;
            }
            int ent = entityAt[i];
            if (ent < 0 || entityAt[i - 1] == ent || d.entities().get(ent).type() != EntityType.PLACE) {
                continue;
            }
            if (QuoteSpans.enclosing(quotes, i) != inQuote) {
                continue;
            }
            Token t = tokens.get(i);
            boolean onSite = tokens.get(i - 1).normWord().equals("علي") && "Facility".equals(d.entities().get(ent).subtype());
            boolean introduced = t.prefix().endsWith("ب") || tokens.get(i - 1).normWord().equals("في") || onSite
                    || isHeadBefore(tokens, i, "في") || lastPlaceEnd >= 0 && i - lastPlaceEnd <= 4;
            if (introduced && !e.places.contains(ent)) {
                e.places.add(ent);
            }
            if (introduced) {
                lastPlaceEnd = i;
                while (lastPlaceEnd + 1 < s.endToken() && entityAt[lastPlaceEnd + 1] == ent) {
                    lastPlaceEnd++;
                }
            }
        }
        for (int x = 0; x < d.timeExpressions().size(); x++) {
            TimeExpression t = d.timeExpressions().get(x);
            if (!s.span().contains(t.span())) {
                continue;
            }
            if (t.type() == TimeExpression.Type.DATE && e.timex < 0) {
                e.timex = x;
            } else if (t.type() == TimeExpression.Type.DURATION && e.duration == null
                    && t.span().begin() > tokens.get(trigger).span().begin()) {
                e.duration = t.value();
            }
        }
    }

    /** «في مدينة أنكوراج», «في قاعدة …»: the place is introduced by «في» before its head noun. */
    private boolean isHeadBefore(List<Token> tokens, int i, String prep) {
        return i >= 2 && lex.head(tokens.get(i - 1).norm()) != null && tokens.get(i - 2).normWord().equals(prep)
                || i >= 1 && lex.head(tokens.get(i - 1).norm()) != null && tokens.get(i - 1).prefix().endsWith("ب");
    }

    /** «في بيان», «ببيان»: a statement is the occasion of what is reported. */
    private static boolean introducedAsOccasion(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.prefix().endsWith("ب") || i > 0 && (tokens.get(i - 1).normWord().equals("في")
                || tokens.get(i - 1).normWord().equals("خلال"));
    }

    /** Adjectives and «المقبلة»-like words right after the trigger belong to its label. */
    private static int extendLabel(List<Token> tokens, int end, int limit) {
        int e = end;
        while (e < limit && e - end < 2 && !tokens.get(e).hasPrefix()
                && (Words.looksLikeNisba(tokens.get(e)) || isTimeAdjective(tokens.get(e).normWord())
                || tokens.get(e).normWord().equals("المشترك") || tokens.get(e).normWord().equals("المشتركه"))) {
            e++;
        }
        return e;
    }

    private static String qualifier(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).normWord();
            if (!isTimeAdjective(w) && !w.startsWith("المشترك")) {
                return w;
            }
        }
        return "";
    }

    private static boolean isTimeAdjective(String w) {
        return w.equals("المقبل") || w.equals("المقبله") || w.equals("القادم") || w.equals("القادمه")
                || w.equals("المرتقب") || w.equals("المرتقبه") || w.equals("المزمع") || w.equals("المزمعه")
                || w.equals("المقرر") || w.equals("المقرره");
    }

    private boolean isPlanned(List<Token> tokens, Sentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isTimeAdjective(tokens.get(i).normWord())) {
                return true;
            }
        }
        for (int i = Math.max(s.firstToken(), start - 3); i < start; i++) {
            String w = tokens.get(i).normWord();
            if (w.equals("تعتزم") || w.equals("يعتزم") || w.equals("المقرر") || isFutureVerb(tokens.get(i))) {
                return true;
            }
            // «اتفقوا على عقد اجتماع», «دعا إلى عقد قمة»: an event agreed or called for has not happened
            if ((w.equals("عقد") || w.equals("اجراء")) && i > s.firstToken()
                    && (tokens.get(i - 1).normWord().equals("علي") || tokens.get(i - 1).normWord().equals("الي"))) {
                return true;
            }
        }
        return false;
    }

    /** «سيعقدون», «ستنطلق»: the future prefix on a verb the common-words list knows. */
    private boolean isFutureVerb(Token t) {
        String w = t.normWord();
        return w.length() >= 5 && w.startsWith("س") && "ينت".indexOf(w.charAt(1)) >= 0
                && "verb".equals(lex.partOfSpeech(w.substring(1)));
    }

    private static boolean containsWord(List<Token> tokens, int from, int to, String w) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).normWord().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAfterPublication(NewsDocument d, int timex) {
        LocalDate published = d.metadata().published();
        if (timex < 0 || published == null) {
            return false;
        }
        return LocalDate.parse(d.timeExpressions().get(timex).value()).isAfter(published);
    }

    static int placeRank(Entity e) {
        switch (e.subtype()) {
            case "Facility": return 0;
            case "City": return 1;
            case "Region": return 2;
            case "Country": return 3;
            case "Continent": return 4;
            default: return 2;
        }
    }

    /** Entity id of the mention covering each token, or -1. */
    static int[] entityAtToken(NewsDocument d) {
        int[] at = new int[d.tokens().size()];
        java.util.Arrays.fill(at, -1);
        for (Entity e : d.entities()) {
            for (int mi : e.mentions()) {
                Mention m = d.mentions().get(mi);
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    at[t] = e.id();
                }
            }
        }
        return at;
    }
}
