package org.akhbar.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.akhbar.cli.Cli;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exported network of the seed article: what it holds, and that GraphML and Cytoscape JSON carry it intact. */
class RelationGraphTest {
    static final String ID = "https://w3id.org/akhbar/id/";
    static final String PUTIN = ID + "entity/Q7747";
    static final String TRUMP = ID + "entity/Q22686";
    static final String ZELENSKY = ID + "entity/Q3874799";

    @TempDir
    static Path dir;

    static Store store;
    static RelationGraph graph;

    @BeforeAll
    static void load() {
        store = Store.open(dir.resolve("db"), Iris.standard());
        Loader loader = new Loader(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged()),
                Extractor.standard(), new DocumentMapper(Iris.standard()));
        loader.load(List.of(Path.of("data", "articles", "alaska-summit.ar.txt")), store, line -> { });
        graph = RelationGraph.read(store.dataset(), store.iris().gazetteerGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, RelationGraph.Node> nodes() {
        return graph.nodes().stream().collect(Collectors.toMap(RelationGraph.Node::id, n -> n));
    }

    private static Set<String> targets(String source, String predicate) {
        return graph.edges().stream().filter(e -> e.source().equals(source) && e.predicate().equals(predicate))
                .map(RelationGraph.Edge::target).collect(Collectors.toSet());
    }

    @Test
    void theNetworkHoldsWhatTheArticleSaysAndNotTheGazetteer() {
        Map<String, RelationGraph.Node> nodes = nodes();
        // the gazetteer graph holds thousands of entities; the seed article names a few dozen
        assertTrue(nodes.size() > 20 && nodes.size() < 200, nodes.size() + " nodes");
        for (RelationGraph.Node n : graph.nodes()) {
            assertFalse(n.articles().isEmpty(), n.id() + " belongs to no article");
            assertTrue(RelationGraph.TYPES.contains(n.type()), n.id() + " has type " + n.type());
        }
        RelationGraph.Node putin = nodes.get(PUTIN);
        assertNotNull(putin);
        assertEquals("Person", putin.type());
        assertEquals("Vladimir Putin", putin.labelEn());
        assertEquals("http://www.wikidata.org/entity/Q7747", putin.wikidata());
        assertEquals(List.of(ID + "article/alaska-summit.ar"), putin.articles());
        assertEquals("Person", nodes.get(ZELENSKY).type());
    }

    @Test
    void theSummitConnectsPutinAndTrumpAndPutinHoldsAPostInRussia() {
        String summit = graph.nodes().stream().filter(n -> n.type().equals("Event") && n.subtype().equals("summit"))
                .map(RelationGraph.Node::id).filter(id -> targets(id, "participant").containsAll(Set.of(PUTIN, TRUMP)))
                .findFirst().orElse(null);
        assertNotNull(summit, "a summit event with Putin and Trump as participants");
        Set<String> posts = targets(PUTIN, "holdsPosition");
        assertFalse(posts.isEmpty(), "Putin holds a post");
        assertTrue(posts.stream().anyMatch(p -> targets(p, "positionIn").contains(ID + "entity/Q159")), "a post in Russia");
        long putinStatements = graph.edges().stream().filter(e -> e.predicate().equals("speaker") && e.target().equals(PUTIN)).count();
        assertTrue(putinStatements >= 3, putinStatements + " statements by Putin");
    }

    @Test
    void everyEdgeJoinsTwoNodesOfTheNetwork() {
        Set<String> ids = nodes().keySet();
        for (RelationGraph.Edge e : graph.edges()) {
            assertTrue(ids.contains(e.source()) && ids.contains(e.target()), e.id());
            assertTrue(RelationGraph.PREDICATES.contains(e.predicate()), e.id());
        }
    }

    @Test
    void graphMlIsValidXmlWithDeclaredKeysAndTheSameNodesAndEdges() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMLWriter.write(graph, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = doc.getDocumentElement();
        assertEquals("graphml", root.getLocalName());
        assertEquals(GraphMLWriter.NS, root.getNamespaceURI());
        Set<String> keys = new HashSet<>();
        NodeList keyList = doc.getElementsByTagNameNS(GraphMLWriter.NS, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            keys.add(((Element) keyList.item(i)).getAttribute("id"));
        }
        assertTrue(keys.containsAll(Set.of("label", "type", "edge_label")), keys.toString());
        NodeList nodeList = doc.getElementsByTagNameNS(GraphMLWriter.NS, "node");
        assertEquals(graph.nodes().size(), nodeList.getLength());
        Map<String, Map<String, String>> data = new HashMap<>();
        for (int i = 0; i < nodeList.getLength(); i++) {
            Element n = (Element) nodeList.item(i);
            data.put(n.getAttribute("id"), dataOf(n));
        }
        assertEquals("فلاديمير بوتين", data.get(PUTIN).get("label"));
        assertEquals("Person", data.get(PUTIN).get("type"));
        NodeList edges = doc.getElementsByTagNameNS(GraphMLWriter.NS, "edge");
        assertEquals(graph.edges().size(), edges.getLength());
        boolean participant = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(data.containsKey(e.getAttribute("source")) && data.containsKey(e.getAttribute("target")));
            Map<String, String> d = dataOf(e);
            assertTrue(keys.containsAll(d.keySet()));
            participant |= d.get("edge_label").equals("participant") && e.getAttribute("target").equals(TRUMP);
        }
        assertTrue(participant, "an edge labelled participant leads to Trump");
    }

    private static Map<String, String> dataOf(Element e) {
        Map<String, String> m = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS(GraphMLWriter.NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            m.put(d.getAttribute("key"), d.getTextContent());
        }
        return m;
    }

    @Test
    void cytoscapeJsonHasElementsWithNodesAndEdgesAsCytoscapeExpects() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CytoscapeJsonWriter.write(graph, out);
        JsonObject json = JSON.parse(out.toString(StandardCharsets.UTF_8));
        JsonObject elements = json.get("elements").getAsObject();
        JsonArray nodes = elements.get("nodes").getAsArray();
        JsonArray edges = elements.get("edges").getAsArray();
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), edges.size());
        Set<String> ids = new HashSet<>();
        for (JsonValue v : nodes) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            ids.add(d.get("id").getAsString().value());
            assertTrue(d.hasKey("label") && d.hasKey("type") && d.hasKey("name"));
        }
        assertTrue(ids.contains(PUTIN));
        Set<String> edgeIds = new HashSet<>();
        for (JsonValue v : edges) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(d.get("source").getAsString().value()));
            assertTrue(ids.contains(d.get("target").getAsString().value()));
            assertTrue(edgeIds.add(d.get("id").getAsString().value()), "edge ids are unique");
        }
    }

    @Test
    void exportingTheSameStoreTwiceGivesTheSameFile() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        GraphMLWriter.write(graph, a);
        GraphMLWriter.write(RelationGraph.read(store.dataset(), store.iris().gazetteerGraph()), b);
        assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() {
        assertEquals("ab\tc", GraphMLWriter.xmlSafe("a\u0001b\tc\u0000"));
    }

    @Test
    void theExportCommandWritesGraphMlAndCytoscapeJsonAndRejectsAnUnknownFormat() throws Exception {
        Path db = dir.resolve("cli-db");
        try (Store s = Store.open(db, Iris.standard())) {
            new Loader(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged()), Extractor.standard(),
                    new DocumentMapper(Iris.standard())).load(List.of(Path.of("data", "articles")), s, line -> { });
        }
        Path graphml = dir.resolve("seed.graphml");
        assertEquals(0, Cli.run("export", "--format", "graphml", "--db", db.toString(), "-o", graphml.toString()));
        String xml = Files.readString(graphml);
        assertTrue(xml.startsWith("<?xml") && xml.contains(PUTIN), "GraphML with Putin");
        Path cyjs = dir.resolve("seed.cyjs");
        assertEquals(0, Cli.run("export", "--format", "cyjs", "--db", db.toString(), "-o", cyjs.toString()));
        assertTrue(JSON.parse(Files.readString(cyjs)).get("elements").getAsObject().hasKey("nodes"));
        assertEquals(2, Cli.run("export", "--format", "dot", "--db", db.toString()));
        assertEquals(1, Cli.run("export", "--format", "graphml", "--db", dir.resolve("no-such-store").toString()));
        assertFalse(Files.exists(dir.resolve("no-such-store")), "a missing store is not created");
    }
}
