package org.akhbar.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.akhbar.AkhbarException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compact JSON-LD with Akhbar's published context ({@code ontology/context.jsonld}): short keys
 * («speaker», «label» by language), IRIs as strings. The context is written inline so the output
 * reads back without fetching anything.
 */
public final class JsonLdOutput {
    public static final String CONTEXT_RESOURCE = "akhbar/ontology/context.jsonld";
    public static final String CONTEXT_URL = "https://w3id.org/akhbar/ontology/context.jsonld";
    private static volatile JsonObject context;

    private JsonLdOutput() {}

    public static JsonObject context() {
        JsonObject c = context;
        if (c == null) {
            try (InputStream in = JsonLdOutput.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
                if (in == null) {
                    throw new AkhbarException.BadData("JSON-LD context not on the classpath: " + CONTEXT_RESOURCE);
                }
                context = c = Json.createReader(in).readObject();
            } catch (java.io.IOException e) {
                throw new AkhbarException.BadData("cannot read " + CONTEXT_RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return c;
    }

    /** Writes {@code dsg} as compact JSON-LD 1.1 with Akhbar's context. */
    public static void write(DatasetGraph dsg, OutputStream out) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFDataMgr.write(plain, dsg, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonStructure compacted = JsonLd.compact(
                    JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())),
                    JsonDocument.of(context())).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                w.write(compacted);
            }
        } catch (JsonLdError e) {
            throw new AkhbarException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
