package org.akhbar.nlp;

/**
 * A post a person holds according to the text: «وزير الدفاع الروسي» for Belousov.
 *
 * @param person      entity id of the holder
 * @param title       the title as written, clitics removed
 * @param span        where the title is written
 * @param key         the normalized post without its jurisdiction («وزير الدفاع»), used for identity
 * @param englishTitle English name of the post without jurisdiction («Minister of Defence»)
 * @param of          entity id of the country or body the post belongs to, or -1
 */
public record Role(int person, String title, Span span, String key, String englishTitle, int of) {
    public boolean hasJurisdiction() {
        return of >= 0;
    }
}
