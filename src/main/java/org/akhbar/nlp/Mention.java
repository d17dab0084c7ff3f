package org.akhbar.nlp;

import java.util.Objects;

/**
 * A name in the text: tokens [firstToken, endToken) whose characters (without leading clitics) are
 * {@code span}.
 *
 * @param subtype     finer class when known: Country, City, Region, Facility, Continent for places;
 *                    Agency, Channel, Ministry, Building … for organizations; empty if unknown
 * @param name        the name as written (the text of {@code span})
 * @param key         the normalized name, used to compare mentions
 * @param origin      which recognizer found it
 * @param entryId     the gazetteer entry it matched, or null
 */
public record Mention(Span span, int firstToken, int endToken, EntityType type, String subtype,
                      String name, String key, Origin origin, String entryId, double score) {

    /** Recognizers, in the order their findings are trusted when two overlap. */
    public enum Origin { GAZETTEER, PATTERN, MODEL }

    public Mention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(type);
        subtype = subtype == null ? "" : subtype;
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("empty mention at token " + firstToken + ": " + name);
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }

    public boolean overlaps(Mention o) {
        return firstToken < o.endToken && o.firstToken < endToken;
    }

    public Mention withType(EntityType t, String sub) {
        return new Mention(span, firstToken, endToken, t, sub, name, key, origin, entryId, score);
    }
}
