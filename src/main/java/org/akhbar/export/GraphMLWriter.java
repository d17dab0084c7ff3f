package org.akhbar.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.akhbar.AkhbarException;

/**
 * Writes a {@link RelationGraph} as GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd,
 * Cytoscape desktop and NetworkX read. Node ids are the IRIs; attributes are declared as keys:
 * {@code label} (what to draw), {@code type}, {@code subtype}, {@code label_ar}, {@code label_en},
 * {@code text}, {@code wikidata}, {@code articles}, and {@code r g b}, the node colour in the form
 * Gephi's importer picks up. Edges carry {@code label} (the ak: property) and {@code predicate} (its IRI).
 */
public final class GraphMLWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String domain, String name, String type, Function<RelationGraph.Node, Object> value) {}

    private static final List<Key> NODE_KEYS = List.of(
            new Key("label", "node", "label", "string", RelationGraph.Node::label),
            new Key("type", "node", "type", "string", RelationGraph.Node::type),
            new Key("subtype", "node", "subtype", "string", RelationGraph.Node::subtype),
            new Key("label_ar", "node", "label_ar", "string", RelationGraph.Node::labelAr),
            new Key("label_en", "node", "label_en", "string", RelationGraph.Node::labelEn),
            new Key("text", "node", "text", "string", RelationGraph.Node::text),
            new Key("wikidata", "node", "wikidata", "string", RelationGraph.Node::wikidata),
            new Key("articles", "node", "articles", "string", n -> String.join(" ", n.articles())),
            new Key("r", "node", "r", "int", n -> Palette.rgb(n.type())[0]),
            new Key("g", "node", "g", "int", n -> Palette.rgb(n.type())[1]),
            new Key("b", "node", "b", "int", n -> Palette.rgb(n.type())[2]));

    private GraphMLWriter() {}

    public static void write(RelationGraph graph, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Key k : NODE_KEYS) {
                key(x, k.id(), k.domain(), k.name(), k.type());
            }
            key(x, "edge_label", "edge", "label", "string");
            key(x, "predicate", "edge", "predicate", "string");
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "akhbar");
            x.writeAttribute("edgedefault", "directed");
            for (RelationGraph.Node n : graph.nodes()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                for (Key k : NODE_KEYS) {
                    Object v = k.value().apply(n);
                    if (v != null && !v.toString().isEmpty()) {
                        data(x, k.id(), v.toString());
                    }
                }
                x.writeEndElement();
            }
            int i = 0;
            for (RelationGraph.Edge e : graph.edges()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "edge_label", e.predicate());
                data(x, "predicate", e.predicateIri());
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new AkhbarException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters other than tab and newlines). */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(b::appendCodePoint);
        return b.toString();
    }
}
