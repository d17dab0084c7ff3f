package org.akhbar.nlp;

import java.util.List;

/**
 * A statement the article attributes to someone.
 *
 * @param span     the attributed words (inside the quotation marks for direct and partial speech,
 *                 the reported clause for indirect speech)
 * @param evidence the sentence(s) that report it
 * @param speaker  entity id of who said it, or -1 when the article does not say
 * @param via      entity id of the medium that carried it (agency, channel), or -1
 * @param occasion index of the event it was said at, or -1
 * @param about    entity ids the statement speaks of
 * @param timex    index of the time expression that dates it, or -1
 */
public record Quotation(Span span, String text, Mode mode, Span evidence, int speaker, int via,
                        int occasion, List<Integer> about, int timex) {

    public enum Mode { DIRECT, PARTIAL, INDIRECT }

    public Quotation {
        about = List.copyOf(about);
    }

    public Quotation withSpeaker(int s) {
        return new Quotation(span, text, mode, evidence, s, via, occasion, about, timex);
    }

    public Quotation withOccasion(int e) {
        return new Quotation(span, text, mode, evidence, speaker, via, e, about, timex);
    }

    public Quotation withAbout(List<Integer> a) {
        return new Quotation(span, text, mode, evidence, speaker, via, occasion, a, timex);
    }
}
