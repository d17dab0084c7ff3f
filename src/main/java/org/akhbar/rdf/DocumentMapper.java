package org.akhbar.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.akhbar.nlp.ArticleMetadata;
import org.akhbar.nlp.Containment;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotation;
import org.akhbar.nlp.Reference;
import org.akhbar.nlp.Role;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.TimeExpression;
import org.akhbar.rdf.Vocab.ITSRDF;
import org.akhbar.rdf.Vocab.NIF;
import org.akhbar.rdf.Vocab.PROV;
import org.akhbar.rdf.Vocab.SEM;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The one mapper from an annotated {@link NewsDocument} to RDF: the article graph, under the
 * vocabulary contract, with NIF provenance for every mention, statement, role and event, the
 * standard terms asserted beside Akhbar's own, and PROV for the extraction run.
 */
public final class DocumentMapper {
    private final Iris iris;

    public DocumentMapper(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /** The article's graph (to be stored under {@link Iris#graph}). */
    public Model map(NewsDocument d, Extraction run) {
        return new Builder(d).build(run);
    }

    private final class Builder {
        final NewsDocument d;
        final Model m = ModelFactory.createDefaultModel();
        final int[] codePoint; // code point offset of each char offset
        final Resource article;
        final String id;
        final Resource[] entity;
        final Resource[] events;
        final Set<String> spansUsed = new HashSet<>();

        Builder(NewsDocument d) {
            this.d = d;
            this.id = d.id();
            m.setNsPrefixes(Vocab.prefixes(iris.base()));
            String text = d.text();
            codePoint = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                codePoint[i] = cp;
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    cp++; // a surrogate pair is one code point
                }
            }
            codePoint[text.length()] = cp;
            article = m.createResource(iris.article(id));
            entity = new Resource[d.entities().size()];
            events = new Resource[d.events().size()];
        }

        Model build(Extraction run) {
            article();
            for (Entity e : d.entities()) {
                entity[e.id()] = entity(e);
            }
            for (Sentence s : d.sentences()) {
                phrase(s.span(), NIF.Sentence);
            }
            for (int i = 0; i < d.mentions().size(); i++) {
                mention(i);
            }
            for (Reference r : d.references()) {
                phrase(r.span(), NIF.Phrase).addProperty(ITSRDF.taIdentRef, entity[r.entity()]);
            }
            for (Role r : d.roles()) {
                role(r);
            }
            for (int i = 0; i < d.timeExpressions().size(); i++) {
                TimeExpression t = d.timeExpressions().get(i);
                Resource r = phrase(t.span(), NIF.Phrase).addProperty(RDF.type, AK.TimeExpression);
                r.addProperty(AK.value, timeLiteral(t));
            }
            for (int i = 0; i < d.events().size(); i++) {
                events[i] = event(d.events().get(i));
            }
            for (Quotation q : d.quotations()) {
                statement(q);
            }
            for (Containment c : d.containments()) {
                entity[c.child()].addProperty(AK.locatedIn, entity[c.parent()]);
                entity[c.child()].addProperty(SchemaDO.containedInPlace, entity[c.parent()]);
            }
            provenance(run);
            return m;
        }

        void article() {
            ArticleMetadata meta = d.metadata();
            article.addProperty(RDF.type, AK.Article).addProperty(RDF.type, SchemaDO.NewsArticle)
                    .addProperty(RDF.type, NIF.Context).addProperty(RDF.type, NIF.OffsetBasedString)
                    .addProperty(NIF.isString, d.text())
                    .addLiteral(NIF.beginIndex, m.createTypedLiteral(0, XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, m.createTypedLiteral(codePoint[d.text().length()],
                            XSDDatatype.XSDnonNegativeInteger));
            String label = meta.title() != null ? meta.title() : id;
            article.addProperty(RDFS.label, m.createLiteral(label, meta.title() != null ? "ar" : ""));
            if (meta.title() != null) {
                article.addProperty(SchemaDO.headline, m.createLiteral(meta.title(), "ar"));
            }
            if (meta.published() != null) {
                Literal date = m.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate);
                article.addProperty(AK.published, date).addProperty(SchemaDO.datePublished, date);
            }
            if (meta.source() != null) {
                article.addProperty(AK.source, meta.source());
                article.addProperty(SchemaDO.publisher, meta.source());
            }
            if (meta.url() != null) {
                article.addProperty(SchemaDO.url, m.createResource(meta.url()));
            }
            article.addProperty(SchemaDO.inLanguage, meta.language() != null ? meta.language() : "ar");
        }

        Resource entity(Entity e) {
            Resource r = m.createResource(iris.entity(e.type(), e.label(), e.wikidata()));
            switch (e.type()) {
                case PERSON -> r.addProperty(RDF.type, AK.Person).addProperty(RDF.type, SchemaDO.Person)
                        .addProperty(RDF.type, Vocab.FOAF_PERSON);
                case ORGANIZATION -> {
                    r.addProperty(RDF.type, AK.Organization).addProperty(RDF.type, SchemaDO.Organization)
                            .addProperty(RDF.type, ORG.Organization);
                    if (!e.subtype().isEmpty()) {
                        r.addProperty(AK.organizationKind, e.subtype());
                    }
                }
                case PLACE -> {
                    r.addProperty(RDF.type, AK.Place).addProperty(RDF.type, SchemaDO.Place);
                    Resource sub = placeClass(e.subtype());
                    if (sub != null) {
                        r.addProperty(RDF.type, sub);
                    }
                }
            }
            r.addProperty(RDFS.label, m.createLiteral(e.label(), "ar"));
            if (e.englishLabel() != null && !e.englishLabel().isEmpty()) {
                r.addProperty(RDFS.label, m.createLiteral(e.englishLabel(), "en"));
            }
            for (String alt : new java.util.TreeSet<>(e.altLabels())) {
                r.addProperty(SKOS.altLabel, m.createLiteral(alt, "ar"));
            }
            if (e.wikidata() != null) {
                r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + e.wikidata()));
            }
            if (e.isNamed()) {
                article.addProperty(AK.mentions, r).addProperty(SchemaDO.mentions, r);
            }
            return r;
        }

        void mention(int i) {
            Mention mm = d.mentions().get(i);
            int e = entityOfMention(i);
            phrase(mm.span(), NIF.Phrase).addProperty(ITSRDF.taIdentRef, entity[e]);
        }

        int entityOfMention(int i) {
            for (Entity e : d.entities()) {
                if (e.mentions().contains(i)) {
                    return e.id();
                }
            }
            throw new IllegalStateException("mention " + i + " belongs to no entity in " + id);
        }

        void role(Role r) {
            Resource of = r.of() >= 0 ? entity[r.of()] : null;
            Resource post = m.createResource(iris.position(r.englishTitle(), of == null ? null : of.getURI(), id));
            post.addProperty(RDF.type, AK.Position).addProperty(RDF.type, ORG.Post)
                    .addProperty(RDFS.label, m.createLiteral(r.title(), "ar"));
            String en = r.englishTitle();
            if (of != null) {
                Entity j = d.entities().get(r.of());
                en = en + " of " + (j.englishLabel() != null ? j.englishLabel() : j.label());
                post.addProperty(AK.positionIn, of).addProperty(ORG.postIn, of);
            }
            post.addProperty(RDFS.label, m.createLiteral(en, "en"));
            Resource person = entity[r.person()];
            person.addProperty(AK.holdsPosition, post).addProperty(ORG.holds, post);
            phrase(r.span(), NIF.Phrase).addProperty(ITSRDF.taIdentRef, post).addProperty(AK.holder, person);
        }

        Resource event(Event e) {
            Span first = e.firstTrigger();
            Resource r = m.createResource(iris.event(id, codePoint[first.begin()], codePoint[first.end()]));
            r.addProperty(RDF.type, AK.Event).addProperty(RDF.type, SchemaDO.Event).addProperty(RDF.type, SEM.Event)
                    .addProperty(RDF.type, AK.eventClass(e.kind()))
                    .addProperty(AK.eventKind, e.kind())
                    .addProperty(RDFS.label, m.createLiteral(e.label(), "ar"))
                    .addProperty(AK.status, e.planned() ? AK.Planned : AK.Happened);
            for (int p : e.participants()) {
                r.addProperty(AK.participant, entity[p]).addProperty(SchemaDO.attendee, entity[p]);
            }
            for (int p : e.places()) {
                r.addProperty(AK.location, entity[p]).addProperty(SchemaDO.location, entity[p]);
            }
            if (e.timex() >= 0) {
                r.addProperty(AK.date, timeLiteral(d.timeExpressions().get(e.timex())));
            }
            if (e.duration() != null) {
                r.addProperty(AK.duration, m.createTypedLiteral(xsdDuration(e.duration()), XSDDatatype.XSDduration));
            }
            for (Span s : e.triggers()) {
                Resource p = phrase(s, NIF.Phrase).addProperty(ITSRDF.taIdentRef, r);
                r.addProperty(AK.evidence, p);
            }
            return r;
        }

        void statement(Quotation q) {
            Span s = q.span();
            Resource r = m.createResource(iris.statement(id, codePoint[s.begin()], codePoint[s.end()]));
            r.addProperty(RDF.type, AK.Statement).addProperty(RDF.type, SchemaDO.Quotation)
                    .addProperty(AK.text, m.createLiteral(q.text(), "ar"))
                    .addProperty(SchemaDO.text, m.createLiteral(q.text(), "ar"))
                    .addProperty(AK.mode, switch (q.mode()) {
                        case DIRECT -> AK.Direct;
                        case PARTIAL -> AK.Partial;
                        case INDIRECT -> AK.Indirect;
                    });
            if (q.speaker() >= 0) {
                r.addProperty(AK.speaker, entity[q.speaker()]).addProperty(SchemaDO.creator, entity[q.speaker()]);
            }
            if (q.via() >= 0) {
                r.addProperty(AK.via, entity[q.via()]);
            }
            if (q.occasion() >= 0) {
                r.addProperty(AK.occasion, events[q.occasion()]);
            }
            for (int a : q.about()) {
                r.addProperty(AK.about, entity[a]).addProperty(SchemaDO.about, entity[a]);
            }
            if (q.timex() >= 0) {
                r.addProperty(AK.date, timeLiteral(d.timeExpressions().get(q.timex())));
            }
            Resource p = phrase(s, NIF.Phrase).addProperty(ITSRDF.taIdentRef, r);
            r.addProperty(AK.evidence, p);
            r.addProperty(SchemaDO.isPartOf, article);
        }

        /** A NIF string of the article over a span (char offsets, written as code points). */
        Resource phrase(Span span, Resource type) {
            int b = codePoint[span.begin()];
            int e = codePoint[span.end()];
            Resource r = m.createResource(iris.span(id, b, e));
            if (spansUsed.add(r.getURI())) {
                r.addProperty(RDF.type, NIF.OffsetBasedString)
                        .addLiteral(NIF.beginIndex, m.createTypedLiteral(b, XSDDatatype.XSDnonNegativeInteger))
                        .addLiteral(NIF.endIndex, m.createTypedLiteral(e, XSDDatatype.XSDnonNegativeInteger))
                        .addProperty(NIF.anchorOf, d.textOf(span))
                        .addProperty(NIF.referenceContext, article);
                Sentence s = d.sentenceAt(span.begin());
                if (s != null && !type.equals(NIF.Sentence)) {
                    r.addProperty(NIF.sentence, m.createResource(iris.span(id, codePoint[s.span().begin()],
                            codePoint[s.span().end()])));
                }
            }
            return r.addProperty(RDF.type, type);
        }

        Literal timeLiteral(TimeExpression t) {
            return t.type() == TimeExpression.Type.DURATION
                    ? m.createTypedLiteral(xsdDuration(t.value()), XSDDatatype.XSDduration)
                    : m.createTypedLiteral(t.value(), XSDDatatype.XSDdate);
        }

        void provenance(Extraction run) {
            if (run == null) {
                return;
            }
            Resource graph = m.createResource(iris.graph(id));
            Resource activity = m.createResource(iris.extraction(id));
            Resource software = m.createResource(iris.software(run.softwareVersion()));
            software.addProperty(RDF.type, PROV.SoftwareAgent)
                    .addProperty(RDFS.label, "Akhbar " + run.softwareVersion())
                    .addProperty(AK.softwareVersion, run.softwareVersion());
            activity.addProperty(RDF.type, PROV.Activity).addProperty(RDF.type, AK.Extraction)
                    .addProperty(PROV.wasAssociatedWith, software)
                    .addProperty(PROV.used, article)
                    .addProperty(PROV.startedAtTime, m.createTypedLiteral(run.started().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(PROV.endedAtTime, m.createTypedLiteral(run.ended().toString(), XSDDatatype.XSDdateTime));
            Map<String, String> sums = new TreeMap<>(run.modelChecksums());
            for (Map.Entry<String, String> e : sums.entrySet()) {
                activity.addProperty(AK.modelChecksum, e.getKey() + " sha256:" + e.getValue());
            }
            if (run.inputSha256() != null) {
                activity.addProperty(AK.inputChecksum, "sha256:" + run.inputSha256());
                article.addProperty(AK.inputChecksum, "sha256:" + run.inputSha256());
            }
            graph.addProperty(RDF.type, PROV.Entity).addProperty(PROV.wasGeneratedBy, activity)
                    .addProperty(PROV.wasDerivedFrom, article).addProperty(AK.article, article);
        }

        Resource placeClass(String subtype) {
            return switch (subtype) {
                case "Country" -> AK.Country;
                case "City" -> AK.City;
                case "Region", "Continent" -> AK.Region;
                case "Facility" -> AK.Facility;
                default -> null;
            };
        }
    }

    /** ISO 8601 allows weeks («P2W»); xsd:duration does not: weeks become days. */
    static String xsdDuration(String iso) {
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(\\d+)W").matcher(iso);
        if (!w.find()) {
            return iso;
        }
        int days = Integer.parseInt(w.group(1)) * 7;
        String rest = iso.replace(w.group(0), "");
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(\\d+)D").matcher(rest);
        if (d.find()) {
            return rest.replace(d.group(0), (days + Integer.parseInt(d.group(1))) + "D");
        }
        int t = rest.indexOf('T');
        return t < 0 ? rest + days + "D" : rest.substring(0, t) + days + "D" + rest.substring(t);
    }

    /** Entity types that carry a core class (for tests and shapes). */
    public static List<EntityType> coreTypes() {
        return List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    }
}
