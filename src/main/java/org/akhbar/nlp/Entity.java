package org.akhbar.nlp;

import java.util.List;
import java.util.Set;

/**
 * One real-world entity of an article: all the mentions that refer to it, resolved.
 *
 * @param id        index in {@link NewsDocument#entities()}
 * @param label     canonical Arabic name
 * @param altLabels other names seen in the article
 * @param mentions  indexes into {@link NewsDocument#mentions()}; empty for an entity known only
 *                  through an adjective («الروسي») or a title
 * @param entryId   the gazetteer entry, or null for an entity the gazetteer does not know
 * @param englishLabel English name from the gazetteer, or a transliteration
 * @param wikidata  Wikidata QID, or null
 */
public record Entity(int id, EntityType type, String subtype, String label, Set<String> altLabels,
                     List<Integer> mentions, String entryId, String englishLabel, String wikidata) {

    public Entity {
        altLabels = Set.copyOf(altLabels);
        mentions = List.copyOf(mentions);
        subtype = subtype == null ? "" : subtype;
    }

    public boolean isNamed() {
        return !mentions.isEmpty();
    }
}
