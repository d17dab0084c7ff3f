package org.akhbar.server;

import org.akhbar.rdf.AK;
import org.akhbar.rdf.Vocab;
import org.akhbar.store.Store;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/** The VoID description of the dataset and the SPARQL 1.1 Service Description of the endpoint. */
final class DatasetDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final Store store;

    DatasetDescription(Store store) {
        this.store = store;
    }

    private long count(String select) {
        return store.query(Store.parse(select), (QueryExecution qe) -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
        });
    }

    Model voidDescription(String serverBase) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes(store.iris().base()));
        m.setNsPrefix("sd", SD);
        Resource ds = m.createResource(serverBase + "/.well-known/void#akhbar");
        String ak = "PREFIX ak: <" + AK.NS + "> ";
        ds.addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Akhbar knowledge graph", "en"))
                .addProperty(DCTerms.title, m.createLiteral("الرسم المعرفي لأخبار", "ar"))
                .addProperty(DCTerms.description, m.createLiteral(
                        "People, roles, places, organizations, events and statements extracted from Arabic news.", "en"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(serverBase + "/akhbar/sparql"))
                .addProperty(VOID.uriSpace, store.iris().base())
                .addProperty(VOID.vocabulary, m.createResource(AK.NS))
                .addProperty(VOID.vocabulary, m.createResource("https://schema.org/"))
                .addProperty(VOID.vocabulary, m.createResource(Vocab.NIF.NS))
                .addProperty(VOID.vocabulary, m.createResource(Vocab.PROV.NS))
                .addLiteral(VOID.triples, m.createTypedLiteral(
                        count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), XSDDatatype.XSDinteger))
                .addLiteral(VOID.entities, m.createTypedLiteral(count(ak
                        + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a ak:mentions ?e }"), XSDDatatype.XSDinteger))
                .addLiteral(VOID.distinctSubjects, m.createTypedLiteral(
                        count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), XSDDatatype.XSDinteger));
        Property articles = m.createProperty(AK.NS, "articleCount");
        ds.addLiteral(articles, m.createTypedLiteral(count(ak + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ak:Article }"),
                XSDDatatype.XSDinteger));
        for (String cls : new String[] {"Person", "Organization", "Place", "Statement", "Event"}) {
            Resource part = m.createResource();
            part.addProperty(VOID._class, m.createResource(AK.NS + cls)).addLiteral(VOID.entities, m.createTypedLiteral(
                    count(ak + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ak:" + cls + " }"), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.classPartition, part);
        }
        return m;
    }

    Model serviceDescription(String serverBase, boolean allowService) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID.NS);
        Resource service = m.createResource(serverBase + "/akhbar/sparql");
        Property endpoint = m.createProperty(SD, "endpoint");
        Property lang = m.createProperty(SD, "supportedLanguage");
        Property result = m.createProperty(SD, "resultFormat");
        Property feature = m.createProperty(SD, "feature");
        Property defaultDataset = m.createProperty(SD, "defaultDataset");
        Property defaultGraph = m.createProperty(SD, "defaultGraph");
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(endpoint, service)
                .addProperty(lang, m.createResource(SD + "SPARQL11Query"))
                .addProperty(feature, m.createResource(SD + "UnionDefaultGraph"));
        if (allowService) {
            service.addProperty(feature, m.createResource(SD + "BasicFederatedQuery"));
        }
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            service.addProperty(result, m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        dataset.addProperty(defaultGraph, m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(m.createProperty(VOID.NS, "inDataset"), m.createResource(serverBase + "/.well-known/void#akhbar")));
        service.addProperty(defaultDataset, dataset);
        return m;
    }
}
