package org.akhbar.rdf;

import java.util.Locale;
import org.akhbar.AkhbarException;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Transliteration;

/**
 * Every IRI Akhbar mints, in one place, under a configurable base (default
 * {@code https://w3id.org/akhbar/id/}). Stable by construction: an entity with a Wikidata QID is
 * {@code entity/Q…} in every article and run; other entities are type + transliterated normalized
 * name; positions are post + jurisdiction; statements, events and mentions are article + span
 * (Unicode code points, RFC 5147 style {@code #char=b,e}).
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/akhbar/id/";

    private final String base;

    public Iris(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")) {
            throw new AkhbarException("the IRI base must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String article(String id) {
        return base + "article/" + id;
    }

    /** The named graph that holds everything extracted from one article. */
    public String graph(String id) {
        return base + "graph/" + id;
    }

    /** The article id of a graph IRI, or null. */
    public String articleOfGraph(String graphIri) {
        String p = base + "graph/";
        return graphIri.startsWith(p) ? graphIri.substring(p.length()) : null;
    }

    public String gazetteerGraph() {
        return base + "graph/gazetteer";
    }

    public String extraction(String id) {
        return graph(id) + "#extraction";
    }

    public String software(String version) {
        return base + "software/akhbar-" + version;
    }

    /** A NIF string of an article: {@code article/ID#char=b,e} (code points). */
    public String span(String id, int begin, int end) {
        return article(id) + "#char=" + begin + "," + end;
    }

    public String statement(String id, int begin, int end) {
        return article(id) + "/statement/" + begin + "-" + end;
    }

    public String event(String id, int begin, int end) {
        return article(id) + "/event/" + begin + "-" + end;
    }

    public String entity(EntityType type, String arabicLabel, String wikidata) {
        if (wikidata != null && !wikidata.isEmpty()) {
            return base + "entity/" + wikidata;
        }
        return base + type.label().toLowerCase(Locale.ROOT) + "/" + Transliteration.slug(arabicLabel);
    }

    public String entity(GazetteerEntry e) {
        return entity(e.type(), e.label(), e.hasWikidata() ? e.wikidata() : null);
    }

    /**
     * A post: its English name and whose it is, e.g. {@code position/president--Q159}. A post whose
     * jurisdiction the text does not give belongs to the article (no two such posts are assumed equal).
     */
    public String position(String englishTitle, String jurisdictionIri, String articleId) {
        String slug = englishTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (jurisdictionIri == null) {
            return article(articleId) + "/position/" + slug;
        }
        String of = jurisdictionIri.substring(jurisdictionIri.lastIndexOf('/') + 1);
        return base + "position/" + slug + "--" + of;
    }

    public String ontology() {
        return AK.NS;
    }
}
