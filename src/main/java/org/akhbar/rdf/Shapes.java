package org.akhbar.rdf;

import java.io.InputStream;
import org.akhbar.AkhbarException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL shapes of what the extractor emits ({@code ontology/shapes.ttl}), parsed once. */
public final class Shapes {
    public static final String RESOURCE = "akhbar/ontology/shapes.ttl";
    private static volatile org.apache.jena.shacl.Shapes shapes;

    private Shapes() {}

    public static org.apache.jena.shacl.Shapes get() {
        org.apache.jena.shacl.Shapes s = shapes;
        if (s == null) {
            try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new AkhbarException.BadData("shapes not found on the classpath: " + RESOURCE);
                }
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                shapes = s = org.apache.jena.shacl.Shapes.parse(g);
            } catch (java.io.IOException e) {
                throw new AkhbarException.BadData("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(get(), data);
    }
}
