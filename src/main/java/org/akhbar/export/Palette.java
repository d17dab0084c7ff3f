package org.akhbar.export;

import java.util.Map;

/**
 * One colour per node type, the same as the browser explorer's ({@code web/style.js}), so that a
 * graph opened in Gephi or Cytoscape looks like the one on screen. The colours are the Okabe–Ito
 * palette, which stays distinguishable under the common forms of colour blindness.
 */
public final class Palette {
    private static final Map<String, String> COLOURS = Map.of(
            "Person", "#0072B2",
            "Organization", "#D55E00",
            "Place", "#009E73",
            "Event", "#CC79A7",
            "Statement", "#56B4E9",
            "Position", "#E69F00",
            "Article", "#6E6E6E");

    private Palette() {}

    /** The colour of a node type as {@code #RRGGBB}; grey for an unknown type. */
    public static String colour(String type) {
        return COLOURS.getOrDefault(type, "#6E6E6E");
    }

    /** The red, green and blue components (0–255) of {@link #colour}. */
    public static int[] rgb(String type) {
        int v = Integer.parseInt(colour(type).substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
