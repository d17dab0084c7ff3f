package org.akhbar.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.AkhbarException;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.EntityType;

/**
 * What Akhbar knows about particular entities, read from {@code data/gazetteer/*.tsv}: places
 * (with nisba adjectives, containment and capitals), organizations, people, and given names that
 * mark unknown people. Each file's origin is documented beside it in {@code data/gazetteer/}.
 */
public final class Gazetteer {
    /** A given name; {@code weak} when it is also a common word («أمل», «سلام»). */
    public record FirstName(String ar, String gender, boolean weak) {}

    private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    private final PhraseIndex<GazetteerEntry> names = new PhraseIndex<>(false);
    private final PhraseIndex<GazetteerEntry> nisba = new PhraseIndex<>(false);
    private final Map<String, String> nisbaCountryOfEntry = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, FirstName> firstNames = new HashMap<>();
    private final Set<String> words = new HashSet<>();
    private final Map<String, String> notes = new HashMap<>();

    private static volatile Gazetteer instance;

    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    instance = new Gazetteer("akhbar/gazetteer/");
                }
                g = instance;
            }
        }
        return g;
    }

    private Gazetteer(String base) {
        // People first, then organizations, then places: where two files claim one name (rare, and
        // reviewed), the more specific list wins.
        for (Tsv.Row r : Tsv.optionalResource(base + "people.tsv")) {
            if (!r.opt("note").isEmpty()) {
                notes.put("person:" + r.get("id"), r.opt("note"));
            }
            add(new GazetteerEntry("person:" + r.get("id"), EntityType.PERSON, "", r.get("ar"), r.list("variants"),
                    r.opt("en"), r.opt("wikidata"), "", placeId(r.opt("country"))), r);
        }
        for (Tsv.Row r : Tsv.optionalResource(base + "organizations.tsv")) {
            add(new GazetteerEntry("org:" + r.get("id"), EntityType.ORGANIZATION, r.opt("kind"), r.get("ar"),
                    r.list("variants"), r.opt("en"), r.opt("wikidata"), "", placeId(r.opt("country"))), r);
        }
        for (Tsv.Row r : Tsv.optionalResource(base + "places.tsv")) {
            String type = r.get("type");
            GazetteerEntry e = new GazetteerEntry("place:" + r.get("id"), EntityType.PLACE, type, r.get("ar"),
                    r.list("variants"), r.opt("en"), r.opt("wikidata"), placeId(r.opt("parent")),
                    type.equals("Country") ? "place:" + r.get("id") : "");
            add(e, r);
            for (String n : r.list("nisba")) {
                nisba.put(n, e);
            }
            if (!r.opt("capital").isEmpty()) {
                capitals.put(e.id(), placeId(r.opt("capital")));
            }
        }
        for (Tsv.Row r : Tsv.optionalResource(base + "first-names.tsv")) {
            String g = r.opt("gender");
            String k = ArabicNormalizer.key(r.get("ar"));
            firstNames.putIfAbsent(k, new FirstName(r.get("ar"), g.replace("?", ""), g.endsWith("?")));
        }
        for (Tsv.Row r : Tsv.optionalResource(base + "nisba-extra.tsv")) {
            GazetteerEntry e = byId.get(r.get("entity"));
            if (e == null) {
                throw new AkhbarException.BadData(r.source() + ":" + r.line() + ": unknown entity " + r.get("entity"));
            }
            nisba.put(r.get("ar"), e);
        }
    }

    private static String placeId(String slug) {
        return slug.isEmpty() ? "" : "place:" + slug;
    }

    private void add(GazetteerEntry e, Tsv.Row r) {
        if (byId.putIfAbsent(e.id(), e) != null) {
            throw new AkhbarException.BadData(r.source() + ":" + r.line() + ": duplicate id " + e.id());
        }
        List<String> all = new ArrayList<>();
        all.add(e.label());
        all.addAll(e.variants());
        for (String n : all) {
            names.put(n, e);
            String[] ws = ArabicNormalizer.key(n).split(" ");
            for (int i = 0; i < ws.length; i++) {
                // «لمجلس» inside «الأمانة العامة لمجلس الوزراء» carries a clitic: it must not make the
                // tokenizer keep «لمجلس» whole elsewhere. First words («لبنان», «بغداد») are real words.
                if (i == 0 || "وفبلك".indexOf(ws[i].charAt(0)) < 0) {
                    words.add(ws[i]);
                }
            }
        }
    }

    public PhraseIndex<GazetteerEntry> names() { return names; }
    public PhraseIndex<GazetteerEntry> nisba() { return nisba; }

    public GazetteerEntry byId(String id) {
        return byId.get(id);
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    /** The entry a normalized full name denotes, or null. */
    public GazetteerEntry lookup(String name) {
        return names.get(name);
    }

    /** The capital of a country entry, or null. */
    public GazetteerEntry capitalOf(String countryId) {
        String c = capitals.get(countryId);
        return c == null ? null : byId.get(c);
    }

    /** The gazetteer's note on an entry (people: their best-known post), or null. */
    public String note(String id) {
        return notes.get(id);
    }

    public FirstName firstName(String norm) {
        return firstNames.get(norm);
    }

    /** True if the normalized word occurs in some gazetteer name or is a given name. */
    public boolean knowsWord(String norm) {
        return words.contains(norm) || firstNames.containsKey(norm);
    }

    /**
     * True if the normalized word occurs in the name of a known entity. Given names are left out on
     * purpose: many are also common words («علا», «أمل»), which must not turn «فعلاً» into ف + «علا».
     */
    public boolean knowsNameWord(String norm) {
        return words.contains(norm);
    }
}
