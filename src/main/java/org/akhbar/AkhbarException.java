package org.akhbar;

/**
 * The one unchecked exception family of Akhbar. Every message names the offending value
 * (a file, a field, a query, a stage) so that the CLI can print it as is, without a stack trace.
 */
public class AkhbarException extends RuntimeException {
    public AkhbarException(String message) {
        super(message);
    }

    public AkhbarException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Input that cannot be processed: an empty, binary, non-UTF-8, non-Arabic or oversized article, a broken sidecar. */
    public static class BadInput extends AkhbarException {
        public BadInput(String message) { super(message); }
        public BadInput(String message, Throwable cause) { super(message, cause); }
    }

    /** Project data (lexicon, gazetteer, gold file, model) that is missing or malformed. */
    public static class BadData extends AkhbarException {
        public BadData(String message) { super(message); }
        public BadData(String message, Throwable cause) { super(message, cause); }
    }

    /** A pipeline assembled wrongly, or a document asked for a layer no stage has produced. */
    public static class PipelineError extends AkhbarException {
        public PipelineError(String message) { super(message); }
    }

    /** A SPARQL query that does not parse or cannot run. */
    public static class BadQuery extends AkhbarException {
        public BadQuery(String message) { super(message); }
        public BadQuery(String message, Throwable cause) { super(message, cause); }
    }

    /** The store could not be opened, read or written. */
    public static class StoreError extends AkhbarException {
        public StoreError(String message) { super(message); }
        public StoreError(String message, Throwable cause) { super(message, cause); }
    }
}
