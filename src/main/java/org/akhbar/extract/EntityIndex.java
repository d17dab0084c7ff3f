package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Transliteration;

/**
 * A mutable view of an article's entities for the stages after entity resolution: find the entity
 * of a token or a gazetteer entry, and add an entity the text only implies (Russia behind «الروسي»).
 */
final class EntityIndex {
    private final NewsDocument doc;
    private final List<Entity> entities;
    private final int[] entityOfMention;
    private final Gazetteer gazetteer;

    EntityIndex(NewsDocument doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.entities = new ArrayList<>(doc.entities());
        this.entityOfMention = new int[doc.mentions().size()];
        for (Entity e : entities) {
            for (int m : e.mentions()) {
                entityOfMention[m] = e.id();
            }
        }
    }

    List<Entity> entities() {
        return entities;
    }

    Entity get(int id) {
        return entities.get(id);
    }

    /** Index of the mention that covers token t, or -1. */
    int mentionAt(int token) {
        List<Mention> ms = doc.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.firstToken() <= token && token < m.endToken()) {
                return i;
            }
        }
        return -1;
    }

    /** The mention that starts exactly at token t, or -1. */
    int mentionStartingAt(int token) {
        List<Mention> ms = doc.mentions();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).firstToken() == token) {
                return i;
            }
        }
        return -1;
    }

    /** The mention that ends exactly before token t, or -1. */
    int mentionEndingAt(int token) {
        List<Mention> ms = doc.mentions();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).endToken() == token) {
                return i;
            }
        }
        return -1;
    }

    int entityOfMention(int mention) {
        return entityOfMention[mention];
    }

    /** The entity for a gazetteer entry, added (without mentions) if the article never names it. */
    int entityForEntry(String entryId) {
        for (Entity e : entities) {
            if (entryId.equals(e.entryId())) {
                return e.id();
            }
        }
        GazetteerEntry g = gazetteer.byId(entryId);
        if (g == null) {
            return -1;
        }
        Entity e = new Entity(entities.size(), g.type(), g.subtype(), g.label(), java.util.Set.of(), List.of(), g.id(),
                g.en().isEmpty() ? Transliteration.toLatin(g.label()) : g.en(), g.hasWikidata() ? g.wikidata() : null);
        entities.add(e);
        return e.id();
    }
}
