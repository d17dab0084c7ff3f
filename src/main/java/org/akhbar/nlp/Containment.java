package org.akhbar.nlp;

/** The text says that place {@code child} lies inside place {@code parent} (entity ids), here. */
public record Containment(int child, int parent, Span evidence) {}
