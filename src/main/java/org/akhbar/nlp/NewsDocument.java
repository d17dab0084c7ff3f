package org.akhbar.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.akhbar.AkhbarException;

/**
 * An article and everything the pipeline has found in it. Immutable: a stage returns a new document
 * through {@link #toBuilder()}. Asking for a layer no stage has provided fails at once, naming it.
 */
public final class NewsDocument {
    private final String id;
    private final String text;
    private final ArticleMetadata metadata;
    private final Set<Layer> layers;
    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<TimeExpression> timex;
    private final List<Mention> mentions;
    private final List<Entity> entities;
    private final List<Reference> references;
    private final List<Role> roles;
    private final List<Event> events;
    private final List<Quotation> quotations;
    private final List<Containment> containments;

    private NewsDocument(Builder b) {
        this.id = b.id;
        this.text = b.text;
        this.metadata = b.metadata;
        this.layers = Set.copyOf(b.layers);
        this.normalized = b.normalized;
        this.tokens = copy(b.tokens);
        this.sentences = copy(b.sentences);
        this.timex = copy(b.timex);
        this.mentions = copy(b.mentions);
        this.entities = copy(b.entities);
        this.references = copy(b.references);
        this.roles = copy(b.roles);
        this.events = copy(b.events);
        this.quotations = copy(b.quotations);
        this.containments = copy(b.containments);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }

    /** A new document with only its text: the input of a pipeline. */
    public static NewsDocument of(String id, String text, ArticleMetadata metadata) {
        Builder b = new Builder();
        b.id = Objects.requireNonNull(id, "id");
        b.text = Objects.requireNonNull(text, "text");
        b.metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
        b.layers.add(Layer.TEXT);
        return b.build();
    }

    public String id() { return id; }
    public String text() { return text; }
    public ArticleMetadata metadata() { return metadata; }
    public boolean has(Layer layer) { return layers.contains(layer); }
    public Set<Layer> layers() { return layers; }

    public NormalizedText normalized() { return need(Layer.NORMALIZED, normalized); }
    public List<Token> tokens() { return need(Layer.TOKENS, tokens); }
    public List<Sentence> sentences() { return need(Layer.SENTENCES, sentences); }
    public List<TimeExpression> timeExpressions() { return need(Layer.TIMEX, timex); }
    public List<Mention> mentions() { return need(Layer.MENTIONS, mentions); }
    public List<Entity> entities() { return need(Layer.ENTITIES, entities); }
    public List<Reference> references() { return need(Layer.REFERENCES, references); }
    public List<Role> roles() { return need(Layer.ROLES, roles); }
    public List<Event> events() { return need(Layer.EVENTS, events); }
    public List<Quotation> quotations() { return need(Layer.QUOTATIONS, quotations); }
    public List<Containment> containments() { return need(Layer.CONTAINMENT, containments); }

    /** The text of a span of this document. */
    public String textOf(Span span) {
        return span.of(text);
    }

    /** The tokens of a sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens().subList(s.firstToken(), s.endToken());
    }

    /** The sentence holding a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences()) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }

    private <T> T need(Layer layer, T value) {
        if (!layers.contains(layer)) {
            throw new AkhbarException.PipelineError("document " + id + " has no " + layer
                    + " layer: no stage that provides it has run");
        }
        return value;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.text = text;
        b.metadata = metadata;
        b.layers.addAll(layers);
        b.normalized = normalized;
        b.tokens = tokens;
        b.sentences = sentences;
        b.timex = timex;
        b.mentions = mentions;
        b.entities = entities;
        b.references = references;
        b.roles = roles;
        b.events = events;
        b.quotations = quotations;
        b.containments = containments;
        return b;
    }

    /** Sets layers; each setter marks its layer as present. */
    public static final class Builder {
        private String id;
        private String text;
        private ArticleMetadata metadata;
        private final EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
        private NormalizedText normalized;
        private List<Token> tokens;
        private List<Sentence> sentences;
        private List<TimeExpression> timex;
        private List<Mention> mentions;
        private List<Entity> entities;
        private List<Reference> references;
        private List<Role> roles;
        private List<Event> events;
        private List<Quotation> quotations;
        private List<Containment> containments;

        private Builder() {}

        public Builder normalized(NormalizedText v) { normalized = v; layers.add(Layer.NORMALIZED); return this; }
        public Builder tokens(List<Token> v) { tokens = v; layers.add(Layer.TOKENS); return this; }
        public Builder sentences(List<Sentence> v) { sentences = v; layers.add(Layer.SENTENCES); return this; }
        public Builder timeExpressions(List<TimeExpression> v) { timex = v; layers.add(Layer.TIMEX); return this; }
        public Builder mentions(List<Mention> v) { mentions = v; layers.add(Layer.MENTIONS); return this; }
        public Builder entities(List<Entity> v) { entities = v; layers.add(Layer.ENTITIES); return this; }
        public Builder references(List<Reference> v) { references = v; layers.add(Layer.REFERENCES); return this; }
        public Builder roles(List<Role> v) { roles = v; layers.add(Layer.ROLES); return this; }
        public Builder events(List<Event> v) { events = v; layers.add(Layer.EVENTS); return this; }
        public Builder quotations(List<Quotation> v) { quotations = v; layers.add(Layer.QUOTATIONS); return this; }
        public Builder containments(List<Containment> v) { containments = v; layers.add(Layer.CONTAINMENT); return this; }
        public Builder provided(Layer layer) { layers.add(layer); return this; }

        public NewsDocument build() {
            return new NewsDocument(this);
        }
    }
}
