package org.akhbar.extract;

import java.io.PrintWriter;
import org.akhbar.nlp.Containment;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotation;
import org.akhbar.nlp.Reference;
import org.akhbar.nlp.Role;
import org.akhbar.nlp.TimeExpression;

/** A readable dump of what the pipeline found in one article ({@code akhbar analyze}). */
public final class DocumentPrinter {
    private DocumentPrinter() {}

    public static void print(NewsDocument d, PrintWriter out) {
        out.println("# " + d.id() + "  (" + d.sentences().size() + " sentences, " + d.tokens().size() + " tokens)");
        out.println("## entities");
        for (Entity e : d.entities()) {
            out.printf("  E%-3d %-12s %-10s %s | %s%s%s%n", e.id(), e.type().label(), e.subtype(), e.label(), e.englishLabel(),
                    e.wikidata() != null ? " | " + e.wikidata() : "", e.altLabels().isEmpty() ? "" : " | alt " + e.altLabels());
            for (int m : e.mentions()) {
                Mention mm = d.mentions().get(m);
                out.printf("         %s «%s» %s%n", mm.span(), mm.name(), mm.origin());
            }
        }
        out.println("## references");
        for (Reference r : d.references()) {
            out.printf("  «%s» → E%d %s%n", d.textOf(r.span()), r.entity(), r.kind());
        }
        out.println("## roles");
        for (Role r : d.roles()) {
            out.printf("  E%d %s: «%s» (%s) of %s%n", r.person(), d.entities().get(r.person()).label(), r.title(),
                    r.englishTitle(), r.of() >= 0 ? d.entities().get(r.of()).label() : "-");
        }
        out.println("## dates");
        for (TimeExpression t : d.timeExpressions()) {
            out.printf("  «%s» %s %s (%s)%n", t.text(), t.type(), t.value(), t.calendar());
        }
        out.println("## events");
        for (Event e : d.events()) {
            out.printf("  %s «%s»%s participants=%s places=%s date=%s duration=%s%n", e.kind(), e.label(),
                    e.planned() ? " PLANNED" : "", e.participants().stream().map(p -> d.entities().get(p).label()).toList(),
                    e.places().stream().map(p -> d.entities().get(p).label()).toList(),
                    e.timex() >= 0 ? d.timeExpressions().get(e.timex()).value() : "-", e.duration());
        }
        out.println("## statements");
        for (Quotation q : d.quotations()) {
            out.printf("  %-8s %s: «%s»%s%s%n", q.mode(), q.speaker() >= 0 ? d.entities().get(q.speaker()).label() : "?",
                    q.text(), q.via() >= 0 ? " via " + d.entities().get(q.via()).label() : "",
                    q.occasion() >= 0 ? " at " + d.events().get(q.occasion()).label() : "");
        }
        out.println("## located in");
        for (Containment c : d.containments()) {
            out.printf("  %s ⊂ %s%n", d.entities().get(c.child()).label(), d.entities().get(c.parent()).label());
        }
        out.flush();
    }
}
