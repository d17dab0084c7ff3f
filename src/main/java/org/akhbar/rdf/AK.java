package org.akhbar.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Akhbar news ontology ({@code ontology/akhbar.ttl}), in the manner of Jena's {@code RDFS} and
 * {@code ORG} classes. The terms of {@code VOCABULARY.md} are a public contract: never renamed.
 */
public final class AK {
    public static final String NS = "https://w3id.org/akhbar/ontology#";

    private AK() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // core classes (contract)
    public static final Resource Article = r("Article");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Place = r("Place");
    public static final Resource Country = r("Country");
    public static final Resource City = r("City");
    public static final Resource Region = r("Region");
    public static final Resource Facility = r("Facility");
    public static final Resource Position = r("Position");
    public static final Resource Statement = r("Statement");
    public static final Resource Event = r("Event");

    // statement modes (contract)
    public static final Resource Direct = r("Direct");
    public static final Resource Partial = r("Partial");
    public static final Resource Indirect = r("Indirect");

    // core properties (contract)
    public static final Property holdsPosition = p("holdsPosition");
    public static final Property positionIn = p("positionIn");
    public static final Property speaker = p("speaker");
    public static final Property text = p("text");
    public static final Property mode = p("mode");
    public static final Property about = p("about");
    public static final Property occasion = p("occasion");
    public static final Property via = p("via");
    public static final Property participant = p("participant");
    public static final Property location = p("location");
    public static final Property date = p("date");
    public static final Property duration = p("duration");
    public static final Property locatedIn = p("locatedIn");
    public static final Property mentions = p("mentions");
    public static final Property published = p("published");

    // added terms
    public static final Resource TimeExpression = r("TimeExpression");
    public static final Resource Extraction = r("Extraction");
    public static final Resource Happened = r("Happened");
    public static final Resource Planned = r("Planned");
    public static final Property eventKind = p("eventKind");
    public static final Property status = p("status");
    public static final Property evidence = p("evidence");
    public static final Property holder = p("holder");
    public static final Property value = p("value");
    public static final Property organizationKind = p("organizationKind");
    public static final Property modelChecksum = p("modelChecksum");
    public static final Property inputChecksum = p("inputChecksum");
    public static final Property softwareVersion = p("softwareVersion");
    public static final Property article = p("article");
    public static final Property source = p("source");

    /** The class of an event kind of the events lexicon: «press-conference» → ak:PressConference. */
    public static Resource eventClass(String kind) {
        StringBuilder s = new StringBuilder();
        for (String part : kind.split("-")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String local = s.toString().equals("Call") ? "PhoneCall" : s.toString();
        return r(local);
    }
}
