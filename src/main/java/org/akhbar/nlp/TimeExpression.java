package org.akhbar.nlp;

/**
 * A time expression normalized to the Gregorian calendar.
 *
 * @param value ISO 8601: a date (2025-08-15) for DATE, a duration (PT2H45M) for DURATION
 * @param calendar the calendar the text used (gregorian, hijri, relative)
 */
public record TimeExpression(Span span, String text, Type type, String value, String calendar) {
    public enum Type { DATE, DURATION }
}
