package org.akhbar.rdf;

import java.time.Instant;
import java.util.Map;

/**
 * What produced a graph, for its provenance: the software version, the checksums of the models it
 * used, when it ran, and the SHA-256 of the input.
 */
public record Extraction(String softwareVersion, Map<String, String> modelChecksums, Instant started, Instant ended,
                         String inputSha256) {
    public Extraction {
        modelChecksums = Map.copyOf(modelChecksums);
    }
}
