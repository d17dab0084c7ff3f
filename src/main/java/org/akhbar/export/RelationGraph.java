package org.akhbar.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.akhbar.rdf.AK;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The relationship network that the articles state, as plain nodes and edges for visualizers:
 * people, organizations, places, posts, events, statements and articles, linked by the contract's
 * object properties (holdsPosition, positionIn, participant, location, speaker, about, occasion,
 * via, locatedIn, mentions).
 *
 * <p>Only the article graphs are read: the gazetteer graph is background knowledge about thousands
 * of places and people that no article mentions, and drawing it would bury what the news says.
 * The browser explorer ({@code web/graph-model.js}) builds the same network with the same queries.
 */
public record RelationGraph(List<Node> nodes, List<Edge> edges) {

    /** Node types, in the order that decides a node's type if several apply. */
    public static final List<String> TYPES =
            List.of("Person", "Organization", "Place", "Position", "Event", "Statement", "Article");

    /** The properties drawn as edges, subject → object. */
    public static final List<String> PREDICATES = List.of("holdsPosition", "positionIn", "participant", "location",
            "speaker", "about", "occasion", "via", "locatedIn", "mentions");

    /** Longest label shown for a statement; the whole text stays in {@link Node#text()}. */
    static final int STATEMENT_LABEL = 60;

    /**
     * One node. {@code id} is the IRI; {@code subtype} is the place class (Country, City …) or the
     * event kind (summit …) or empty; {@code text} is a statement's words; {@code articles} are the
     * IRIs of the articles whose graphs speak of it.
     */
    public record Node(String id, String type, String subtype, String labelAr, String labelEn, String text,
            String wikidata, List<String> articles) {
        /** What a drawing shows: the Arabic name, else the English one, else the short IRI. */
        public String label() {
            if (labelAr != null) {
                return labelAr;
            }
            if (labelEn != null) {
                return labelEn;
            }
            if (text != null) {
                return text.length() <= STATEMENT_LABEL ? text : text.substring(0, STATEMENT_LABEL - 1) + "…";
            }
            return id.substring(id.lastIndexOf('/') + 1);
        }
    }

    /** One edge: the RDF triple {@code source predicate target}, predicate as the ak: local name. */
    public record Edge(String source, String predicate, String target) {
        public String id() {
            return source + " " + predicate + " " + target;
        }

        public String predicateIri() {
            return AK.NS + predicate;
        }
    }

    /**
     * Reads the network of every graph of {@code dataset} except {@code gazetteerGraph}, in a read
     * transaction. Nodes and edges come sorted, so that the same store always exports the same file.
     */
    public static RelationGraph read(Dataset dataset, String gazetteerGraph) {
        return Txn.calculateRead(dataset, () -> new Reader(dataset, "<" + gazetteerGraph + ">").read());
    }

    /** Collects the query results into nodes; one instance per read. */
    private static final class Reader {
        private static final String PREFIXES = """
                PREFIX ak: <https://w3id.org/akhbar/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                """;

        private final Dataset dataset;
        private final String gazetteer;
        private final Map<String, Builder> nodes = new TreeMap<>();

        Reader(Dataset dataset, String gazetteer) {
            this.dataset = dataset;
            this.gazetteer = gazetteer;
        }

        RelationGraph read() {
            Map<String, String> articleOfGraph = new HashMap<>();
            select("SELECT ?g ?a WHERE { GRAPH ?g { ?a a ak:Article } FILTER (?g != GAZ) }",
                    s -> articleOfGraph.put(iri(s, "g"), iri(s, "a")));
            String types = String.join(" ", TYPES.stream().map(t -> "ak:" + t).toList());
            select("SELECT ?n ?t ?g WHERE { VALUES ?t { " + types + " } GRAPH ?g { ?n a ?t } FILTER (?g != GAZ) FILTER isIRI(?n) }",
                    s -> {
                        Builder b = nodes.computeIfAbsent(iri(s, "n"), Builder::new);
                        b.type(local(iri(s, "t")));
                        String article = articleOfGraph.get(iri(s, "g"));
                        if (article != null) {
                            b.articles.add(article);
                        }
                    });
            // the literal facts, and the place classes as facts with no value (one pass over the graphs)
            select("""
                    SELECT ?n ?p ?o WHERE {
                      VALUES ?p { rdfs:label ak:text ak:eventKind owl:sameAs ak:Country ak:City ak:Region ak:Facility }
                      GRAPH ?g { { ?n ?p ?o } UNION { ?n a ?p BIND (true AS ?o) } } FILTER (?g != GAZ)
                    }""", s -> {
                        Builder b = nodes.get(iri(s, "n"));
                        if (b != null) {
                            b.fact(local(iri(s, "p")), s.get("o"));
                        }
                    });
            String predicates = String.join(" ", PREDICATES.stream().map(p -> "ak:" + p).toList());
            TreeSet<Edge> edges = new TreeSet<>(Comparator.comparing(Edge::source).thenComparing(Edge::predicate)
                    .thenComparing(Edge::target));
            select("SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { " + predicates + " } GRAPH ?g { ?s ?p ?o } FILTER (?g != GAZ) }",
                    s -> {
                        Edge e = new Edge(iri(s, "s"), local(iri(s, "p")), iri(s, "o"));
                        if (nodes.containsKey(e.source()) && nodes.containsKey(e.target())) {
                            edges.add(e);
                        }
                    });
            List<Node> out = new ArrayList<>();
            nodes.values().forEach(b -> out.add(b.build()));
            return new RelationGraph(List.copyOf(out), List.copyOf(edges));
        }

        private void select(String query, java.util.function.Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.create(QueryFactory.create(PREFIXES + query.replace("GAZ", gazetteer)),
                    dataset)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    row.accept(rs.next());
                }
            }
        }

        private static String iri(QuerySolution s, String var) {
            RDFNode n = s.get(var);
            return n != null && n.isURIResource() ? n.asResource().getURI() : null;
        }

        private static String local(String iri) {
            return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        }
    }

    /** A node under construction; when facts disagree the first in sorted order wins (stable output). */
    private static final class Builder {
        final String id;
        String type;
        final TreeSet<String> subtypes = new TreeSet<>();
        final TreeSet<String> ar = new TreeSet<>();
        final TreeSet<String> en = new TreeSet<>();
        final TreeSet<String> text = new TreeSet<>();
        final TreeSet<String> wikidata = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();

        Builder(String id) {
            this.id = id;
        }

        void type(String t) {
            if (type == null || TYPES.indexOf(t) < TYPES.indexOf(type)) {
                type = t;
            }
        }

        void fact(String property, RDFNode value) {
            switch (property) {
                case "label" -> {
                    // an untagged label (an article with no title: its id) counts as the name shown
                    String lang = value.asLiteral().getLanguage();
                    (lang.startsWith("en") ? en : ar).add(value.asLiteral().getString());
                }
                case "text" -> text.add(value.asLiteral().getString());
                case "eventKind" -> subtypes.add(value.asLiteral().getString());
                case "sameAs" -> {
                    if (value.isURIResource() && value.asResource().getURI().startsWith("http://www.wikidata.org/entity/")) {
                        wikidata.add(value.asResource().getURI());
                    }
                }
                default -> subtypes.add(property); // a place class
            }
        }

        Node build() {
            return new Node(id, type, subtypes.isEmpty() ? "" : subtypes.first(), first(ar), first(en), first(text),
                    first(wikidata), List.copyOf(articles));
        }

        private static String first(TreeSet<String> s) {
            return s.isEmpty() ? null : s.first();
        }
    }
}
