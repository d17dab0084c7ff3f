package org.akhbar.lexicon;

import java.util.List;
import org.akhbar.nlp.EntityType;

/**
 * One entity the gazetteer knows.
 *
 * @param id       namespaced identifier, e.g. {@code place:russia}, {@code org:tass}, {@code person:vladimir-putin}
 * @param subtype  Country, City, Region, Continent, Facility for places; the organization kind; empty for people
 * @param label    canonical Arabic name
 * @param variants other Arabic names
 * @param en       English name
 * @param wikidata QID, or empty when the compilers were not certain
 * @param parent   id of the containing place, or empty
 * @param country  id of the country it belongs to, or empty
 */
public record GazetteerEntry(String id, EntityType type, String subtype, String label, List<String> variants,
                             String en, String wikidata, String parent, String country) {
    public GazetteerEntry {
        variants = List.copyOf(variants);
    }

    public boolean hasWikidata() {
        return !wikidata.isEmpty();
    }

    /** True for an organization that is also a place (an institution named by its building). */
    public boolean isBuilding() {
        return type == EntityType.ORGANIZATION && subtype.equals("Building");
    }
}
