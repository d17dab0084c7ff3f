package org.akhbar.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores of one article or of a whole directory, by category, with what was missed and what was spurious. */
public final class Evaluation {
    public static final List<String> CATEGORIES = List.of("entities", "entities/Person", "entities/Organization",
            "entities/Place", "roles", "roles+jurisdiction", "statements", "statements/direct", "statements/partial",
            "statements/indirect", "events", "event participants", "event places", "located-in", "dates");
    public static final List<String> ACCURACIES = List.of("linking (Wikidata)", "linked, gold null", "jurisdiction",
            "speaker", "event date", "event duration");

    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final Map<String, Accuracy> accuracies = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private int articles;

    public Evaluation() {
        for (String c : CATEGORIES) {
            counts.put(c, new Counts());
        }
        for (String a : ACCURACIES) {
            accuracies.put(a, new Accuracy());
        }
    }

    public Counts counts(String category) {
        Counts c = counts.get(category);
        if (c == null) {
            throw new IllegalArgumentException("no category " + category);
        }
        return c;
    }

    public Accuracy accuracy(String name) {
        Accuracy a = accuracies.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no accuracy " + name);
        }
        return a;
    }

    void miss(String line) {
        misses.add(line);
    }

    public List<String> misses() {
        return misses;
    }

    public int articles() {
        return articles;
    }

    void countArticle() {
        articles++;
    }

    public void add(Evaluation o) {
        for (String c : CATEGORIES) {
            counts.get(c).add(o.counts.get(c));
        }
        for (String a : ACCURACIES) {
            accuracies.get(a).add(o.accuracies.get(a));
        }
        misses.addAll(o.misses);
        articles += o.articles;
    }
}
