package org.akhbar.nlp;

import java.util.List;

/**
 * Something that happened or is planned: a summit, a press conference, a match.
 *
 * @param kind         one of the event kinds of the event lexicon (summit, talks, press-conference …)
 * @param label        the first naming of the event as written
 * @param triggers     every span that refers to it
 * @param participants entity ids
 * @param places       entity ids, most specific first
 * @param timex        index of its date expression, or -1
 * @param duration     ISO 8601 duration, or null
 * @param planned      true if the text presents it as future
 */
public record Event(String kind, String label, List<Span> triggers, List<Integer> participants,
                    List<Integer> places, int timex, String duration, boolean planned) {
    public Event {
        triggers = List.copyOf(triggers);
        participants = List.copyOf(participants);
        places = List.copyOf(places);
    }

    public Span firstTrigger() {
        return triggers.get(0);
    }
}
