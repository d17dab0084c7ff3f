package org.akhbar.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.akhbar.AkhbarException;

/**
 * Writes a {@link RelationGraph} as Cytoscape.js JSON ({@code {"elements": {"nodes": [...],
 * "edges": [...]}}}), the {@code .cyjs} format that Cytoscape desktop imports and that
 * {@code cytoscape({elements: ...})} loads as is. Node ids are the IRIs; {@code name} repeats the
 * label because Cytoscape desktop labels nodes by {@code name}.
 */
public final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {}

    public static void write(RelationGraph graph, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"akhbar\",\n"
                    + "  \"target_cytoscapejs_version\": \"~3\",\n  \"data\": {\"name\": \"Akhbar\"},\n"
                    + "  \"elements\": {\n    \"nodes\": [");
            String sep = "\n      ";
            for (RelationGraph.Node n : graph.nodes()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", n.id());
                d.put("label", n.label());
                d.put("name", n.label());
                d.put("type", n.type());
                d.put("subtype", n.subtype());
                d.put("label_ar", n.labelAr());
                d.put("label_en", n.labelEn());
                d.put("text", n.text());
                d.put("wikidata", n.wikidata());
                d.put("articles", n.articles());
                d.put("color", Palette.colour(n.type()));
                w.write(sep);
                w.write("{\"data\": ");
                object(w, d);
                w.write("}");
                sep = ",\n      ";
            }
            w.write("\n    ],\n    \"edges\": [");
            sep = "\n      ";
            int i = 0;
            for (RelationGraph.Edge e : graph.edges()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", "e" + i++);
                d.put("source", e.source());
                d.put("target", e.target());
                d.put("label", e.predicate());
                d.put("predicate", e.predicateIri());
                w.write(sep);
                w.write("{\"data\": ");
                object(w, d);
                w.write("}");
                sep = ",\n      ";
            }
            w.write("\n    ]\n  }\n}\n");
            w.flush();
        } catch (IOException e) {
            throw new AkhbarException("cannot write Cytoscape JSON: " + e.getMessage(), e);
        }
    }

    /** A flat JSON object of strings and string lists; null values are left out. */
    private static void object(Writer w, Map<String, Object> d) throws IOException {
        w.write("{");
        String sep = "";
        for (Map.Entry<String, Object> e : d.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            w.write(sep);
            string(w, e.getKey());
            w.write(": ");
            if (e.getValue() instanceof Iterable<?> list) {
                w.write("[");
                String s2 = "";
                for (Object o : list) {
                    w.write(s2);
                    string(w, o.toString());
                    s2 = ", ";
                }
                w.write("]");
            } else {
                string(w, e.getValue().toString());
            }
            sep = ", ";
        }
        w.write("}");
    }

    static void string(Writer w, String s) throws IOException {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        w.write(b.append('"').toString());
    }
}
