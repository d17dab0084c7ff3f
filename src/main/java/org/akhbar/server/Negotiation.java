package org.akhbar.server;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/** Content negotiation for resource pages: picks the best supported media type of an Accept header. */
final class Negotiation {
    /** A representation we can send. */
    enum Format {
        HTML("text/html", null), TURTLE("text/turtle", Lang.TURTLE), NTRIPLES("application/n-triples", Lang.NTRIPLES),
        JSONLD("application/ld+json", Lang.JSONLD11), RDFXML("application/rdf+xml", Lang.RDFXML);

        final String mediaType;
        final Lang lang;

        Format(String mediaType, Lang lang) {
            this.mediaType = mediaType;
            this.lang = lang;
        }
    }

    private Negotiation() {}

    /** The format for an Accept header (missing or «*\/*»: Turtle), or for an explicit ?format=. */
    static Format choose(String accept, String formatParam) {
        if (formatParam != null) {
            switch (formatParam.toLowerCase(Locale.ROOT)) {
                case "html": return Format.HTML;
                case "ttl", "turtle": return Format.TURTLE;
                case "nt", "ntriples", "n-triples": return Format.NTRIPLES;
                case "jsonld", "json-ld", "json": return Format.JSONLD;
                case "rdf", "xml", "rdfxml": return Format.RDFXML;
                default: return null;
            }
        }
        if (accept == null || accept.isBlank()) {
            return Format.TURTLE;
        }
        Format best = null;
        double bestQ = -1;
        int order = 0;
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String type = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Format f = forType(type);
            // among equal weights the earlier entry wins; wildcards lose to explicit types
            double score = q - (type.contains("*") ? 0.0001 : 0) - order++ * 1e-7;
            if (f != null && q > 0 && score > bestQ) {
                best = f;
                bestQ = score;
            }
        }
        return best;
    }

    private static Format forType(String type) {
        for (Format f : Format.values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        return switch (type) {
            case "application/xhtml+xml" -> Format.HTML;
            case "application/x-turtle", "text/n3", "*/*", "text/*" -> Format.TURTLE;
            case "text/plain" -> Format.NTRIPLES;
            case "application/json" -> Format.JSONLD;
            case "application/xml", "text/xml" -> Format.RDFXML;
            default -> null;
        };
    }

    static List<String> supported() {
        return List.of("text/html", "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml");
    }
}
