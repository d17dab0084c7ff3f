package org.akhbar.nlp;

/** The three core entity classes of the vocabulary contract. Finer kinds live in {@link Mention#subtype()}. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EntityType parse(String s) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(s.trim()) || t.name().equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + s);
    }
}
