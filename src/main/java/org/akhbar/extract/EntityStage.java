package org.akhbar.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Transliteration;

/**
 * Groups the mentions of one article into entities — same gazetteer entry, same name, a surname
 * after a full name («بوتين» … «فلاديمير بوتين»), a name with or without its head word («وكالة تاس»
 * / «تاس») — and links each to the gazetteer (Wikidata QID, English name) or, if unknown, gives it
 * a transliterated English label. One node per real entity.
 */
public final class EntityStage extends BaseStage {
    private final Gazetteer gazetteer;

    public EntityStage(Gazetteer gazetteer) {
        super("entities", Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES, Layer.LINKS));
        this.gazetteer = gazetteer;
    }

    /** A cluster being built. */
    private static final class Cluster {
        EntityType type;
        String subtype;
        String entryId;
        final List<Integer> mentions = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final LinkedHashSet<String> names = new LinkedHashSet<>();
        String bestName;
        int bestTokens;

        Cluster(Mention m) {
            type = m.type();
            subtype = m.subtype();
            entryId = m.entryId();
        }

        void add(int index, Mention m, String name) {
            mentions.add(index);
            keys.add(m.key());
            names.add(name);
            if (m.tokenCount() > bestTokens) {
                bestTokens = m.tokenCount();
                bestName = name;
            }
            if (entryId == null && m.entryId() != null) {
                entryId = m.entryId();
                type = m.type();
                subtype = m.subtype();
            }
            if (subtype.isEmpty()) {
                subtype = m.subtype();
            }
        }
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        List<Mention> mentions = d.mentions();
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Cluster c = find(clusters, m);
            if (c == null) {
                c = new Cluster(m);
                clusters.add(c);
            }
            c.add(i, m, nameOf(d, m));
        }
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : clusters) {
            entities.add(toEntity(entities.size(), c));
        }
        return d.toBuilder().entities(entities).provided(Layer.LINKS).build();
    }

    /**
     * The name as a dictionary would write it: «للديوان الوطني» is «لِـ» + «الديوان الوطني», whose
     * article lost its alif in writing; the name is «الديوان الوطني», though the text holds «لديوان».
     */
    private static String nameOf(NewsDocument d, Mention m) {
        org.akhbar.nlp.Token first = d.tokens().get(m.firstToken());
        String name = m.name();
        if (first.prefix().endsWith("ل") && first.norm().startsWith("ال") && name.startsWith("ل") && !name.startsWith("ال")) {
            return "ا" + name;
        }
        return name;
    }

    private Entity toEntity(int id, Cluster c) {
        GazetteerEntry e = c.entryId == null ? null : gazetteer.byId(c.entryId);
        String label = e != null ? e.label() : c.bestName;
        Set<String> alt = new LinkedHashSet<>(c.names);
        alt.remove(label);
        String en = e != null && !e.en().isEmpty() ? e.en() : Transliteration.toLatin(label);
        String qid = e != null && e.hasWikidata() ? e.wikidata() : null;
        EntityType type = e != null ? e.type() : c.type;
        String subtype = e != null && !e.subtype().isEmpty() ? e.subtype() : c.subtype;
        return new Entity(id, type, subtype, label, alt, c.mentions, c.entryId, en, qid);
    }

    private Cluster find(List<Cluster> clusters, Mention m) {
        if (m.entryId() != null) {
            for (Cluster c : clusters) {
                if (m.entryId().equals(c.entryId)) {
                    return c;
                }
            }
        }
        for (Cluster c : clusters) {
            if (c.keys.contains(m.key()) && compatible(c, m)) {
                return c;
            }
        }
        String[] words = m.key().split(" ");
        Cluster best = null;
        for (Cluster c : clusters) {
            // by a shared name alone only within one type: «بلدية نابلس» and «جامعة القاهرة» are not the cities
            if (!compatible(c, m) || c.type != m.type() || m.type() == EntityType.PERSON && otherFullName(c, words)) {
                continue;
            }
            for (String k : c.keys) {
                if (sameEntityByName(m.type(), words, k.split(" "))) {
                    best = c; // the most recent cluster that fits
                }
            }
        }
        return best;
    }

    /** Two readings of one entity: never two different gazetteer entries; a gazetteer type overrides a guessed one. */
    private static boolean compatible(Cluster c, Mention m) {
        if (c.entryId != null && m.entryId() != null) {
            return c.entryId.equals(m.entryId());
        }
        return c.type == m.type() || c.entryId != null || m.entryId() != null;
    }

    /**
     * Two full names with the same surname but different given names are two people
     * («حسام عبد الغفار» is not «خالد عبد الغفار»), whatever surname-only mentions lie between.
     */
    private static boolean otherFullName(Cluster c, String[] words) {
        if (words.length < 2) {
            return false;
        }
        for (String k : c.keys) {
            String[] o = k.split(" ");
            if (o.length >= 2 && !o[0].equals(words[0]) && !sameEntityByName(EntityType.PERSON, words, o)
                    && !java.util.Arrays.equals(o, words)) {
                return true;
            }
        }
        return false;
    }

    /** Surname ↔ full name for people; with ↔ without head word for the rest. */
    static boolean sameEntityByName(EntityType type, String[] a, String[] b) {
        if (type == EntityType.PERSON) {
            String[] shorter = a.length <= b.length ? a : b;
            String[] longer = a.length <= b.length ? b : a;
            if (shorter.length == longer.length) {
                return false;
            }
            // «محمد بن عبد الرحمن» is «محمد بن عبد الرحمن آل ثاني» without the family: a lineage name, cut short
            if (shorter.length >= 2 && java.util.Arrays.equals(shorter, java.util.Arrays.copyOf(longer, shorter.length))
                    && (java.util.Arrays.asList(shorter).contains("بن") || java.util.Arrays.asList(shorter).contains("بنت")
                    || longer[shorter.length].equals("ال"))) {
                return true;
            }
            // «بوتين» is the last word of «فلاديمير بوتين»; «محمد بن سلمان» ends «الأمير محمد بن سلمان»
            for (int i = 0; i < shorter.length; i++) {
                if (!shorter[shorter.length - 1 - i].equals(longer[longer.length - 1 - i])) {
                    return false;
                }
            }
            return shorter.length > 1 || shorter[0].length() >= 3;
        }
        String sa = String.join(" ", a);
        String sb = String.join(" ", b);
        return dropFirst(a).equals(sb) || dropFirst(b).equals(sa) || withoutAdjectives(a, b) || withoutAdjectives(b, a);
    }

    /** «البنك المركزي» is «البنك المركزي المصري» without its nationality: the rest are adjectives. */
    private static boolean withoutAdjectives(String[] shorter, String[] longer) {
        if (shorter.length < 2 || longer.length <= shorter.length
                || !java.util.Arrays.equals(shorter, java.util.Arrays.copyOf(longer, shorter.length))) {
            return false;
        }
        for (int i = shorter.length; i < longer.length; i++) {
            String w = longer[i];
            if (!(w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه")))) {
                return false;
            }
        }
        return true;
    }

    private static String dropFirst(String[] w) {
        return w.length < 2 ? "" : String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
    }

    static String key(String s) {
        return ArabicNormalizer.key(s);
    }
}
