package org.akhbar.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/** The standard vocabularies Akhbar aligns to that Jena does not ship as classes, and the prefixes. */
public final class Vocab {
    private Vocab() {}

    /** NIF 2.0 Core. */
    public static final class NIF {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Resource Context = ResourceFactory.createResource(NS + "Context");
        public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
        public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
        public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");
        public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
        public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
        public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
        public static final Property isString = ResourceFactory.createProperty(NS + "isString");
        public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
        public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");

        private NIF() {}
    }

    /** ITS 2.0 RDF. */
    public static final class ITSRDF {
        public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
        public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");

        private ITSRDF() {}
    }

    /** PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
        public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
        public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
        public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
        public static final Property used = ResourceFactory.createProperty(NS + "used");

        private PROV() {}
    }

    /** Simple Event Model. */
    public static final class SEM {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Resource Event = ResourceFactory.createResource(NS + "Event");

        private SEM() {}
    }

    /** FOAF (Jena's copy lives in an ARQ package). */
    public static final Resource FOAF_PERSON = org.apache.jena.sparql.vocabulary.FOAF.Person;

    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The prefixes every output uses. */
    public static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ak", AK.NS)
                .setNsPrefix("akr", base)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("foaf", org.apache.jena.sparql.vocabulary.FOAF.NS)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("sem", SEM.NS)
                .setNsPrefix("nif", NIF.NS)
                .setNsPrefix("itsrdf", ITSRDF.NS)
                .setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("void", VOID.NS)
                .setNsPrefix("wd", WIKIDATA)
                .lock();
    }
}
