package org.akhbar.rdf;

import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.GazetteerEntry;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The gazetteer as background knowledge, in its own named graph: names, English labels, Wikidata
 * links and the containment the gazetteer knows (city in country). Kept apart from the article
 * graphs so that what an article says and what Akhbar knew beforehand stay distinguishable.
 */
public final class GazetteerGraph {
    private GazetteerGraph() {}

    public static Model build(Gazetteer g, Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes(iris.base()));
        for (GazetteerEntry e : g.entries()) {
            Resource r = m.createResource(iris.entity(e));
            switch (e.type()) {
                case PERSON -> r.addProperty(RDF.type, AK.Person).addProperty(RDF.type, SchemaDO.Person)
                        .addProperty(RDF.type, Vocab.FOAF_PERSON);
                case ORGANIZATION -> {
                    r.addProperty(RDF.type, AK.Organization).addProperty(RDF.type, SchemaDO.Organization)
                            .addProperty(RDF.type, ORG.Organization);
                    if (!e.subtype().isEmpty()) {
                        r.addProperty(AK.organizationKind, e.subtype());
                    }
                }
                case PLACE -> {
                    r.addProperty(RDF.type, AK.Place).addProperty(RDF.type, SchemaDO.Place);
                    switch (e.subtype()) {
                        case "Country" -> r.addProperty(RDF.type, AK.Country);
                        case "City" -> r.addProperty(RDF.type, AK.City);
                        case "Region", "Continent" -> r.addProperty(RDF.type, AK.Region);
                        case "Facility" -> r.addProperty(RDF.type, AK.Facility);
                        default -> { }
                    }
                }
            }
            r.addProperty(RDFS.label, m.createLiteral(e.label(), "ar"));
            if (!e.en().isEmpty()) {
                r.addProperty(RDFS.label, m.createLiteral(e.en(), "en"));
            }
            for (String v : e.variants()) {
                r.addProperty(SKOS.altLabel, m.createLiteral(v, "ar"));
            }
            if (e.hasWikidata()) {
                r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + e.wikidata()));
            }
            GazetteerEntry parent = e.parent().isEmpty() ? null : g.byId(e.parent());
            if (parent != null) {
                Resource p = m.createResource(iris.entity(parent));
                r.addProperty(AK.locatedIn, p).addProperty(SchemaDO.containedInPlace, p);
            }
        }
        return m;
    }
}
