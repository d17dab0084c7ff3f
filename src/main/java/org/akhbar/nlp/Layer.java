package org.akhbar.nlp;

/** The annotation layers of a {@link NewsDocument}; stages declare which they require and provide. */
public enum Layer {
    TEXT, NORMALIZED, TOKENS, SENTENCES, TIMEX, MENTIONS, ENTITIES, REFERENCES, ROLES, EVENTS,
    QUOTATIONS, CONTAINMENT, LINKS
}
