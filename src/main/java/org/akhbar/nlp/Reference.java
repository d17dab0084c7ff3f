package org.akhbar.nlp;

/**
 * A non-name expression that refers to an entity: a title alone («الرئيس الروسي»), a counterpart
 * («نظيره الأميركي»), a group («الزعيمان»), or an elided subject (then {@code span} is the verb).
 */
public record Reference(Span span, int entity, Kind kind) {
    public enum Kind { TITLE, COUNTERPART, GROUP, ELIDED }
}
