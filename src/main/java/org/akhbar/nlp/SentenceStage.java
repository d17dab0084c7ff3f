package org.akhbar.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.AkhbarException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence boundaries. Each line of the article is a paragraph; inside it the OpenNLP
 * {@link SentenceDetectorME} trained on the project corpus finds the boundaries (falling back to
 * {@link SentenceRules} when the build packaged no model). A boundary inside an open quotation is
 * dropped so a quoted statement stays in one sentence. Tokens are then assigned to sentences.
 */
public final class SentenceStage extends BaseStage {
    public static final String MODEL_RESOURCE = "models/ar-sent.bin";

    private final SentenceModel model;

    public SentenceStage(SentenceModel model) {
        super("sentences", Set.of(Layer.TOKENS), Set.of(Layer.SENTENCES, Layer.TOKENS));
        this.model = model;
    }

    /** The packaged model, or null if the build has not trained one. */
    public static SentenceModel packagedModel() {
        try (InputStream in = SentenceStage.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            return in == null ? null : new SentenceModel(in);
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read sentence model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        String text = d.text();
        // SentenceDetectorME is not thread-safe; one per document is cheap.
        SentenceDetectorME detector = model == null ? null : new SentenceDetectorME(model);
        List<Span> spans = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : detect(detector, line)) {
                    spans.add(new Span(lineStart + s.begin(), lineStart + s.end()));
                    paragraphOf.add(paragraph);
                }
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return assign(d, spans, paragraphOf);
    }

    private static List<Span> detect(SentenceDetectorME detector, String line) {
        if (detector == null) {
            return SentenceRules.split(line);
        }
        List<Span> raw = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
            raw.add(new Span(s.getStart(), s.getEnd()));
        }
        return mergeAfterAbbreviations(line, mergeInsideQuotes(line, raw));
    }

    /** Joins a sentence that ends in an abbreviation («د.») or a decimal point to the next one. */
    static List<Span> mergeAfterAbbreviations(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Span pending = null;
        for (Span s : spans) {
            pending = pending == null ? s : pending.union(s);
            int last = pending.end() - 1;
            if (!(line.charAt(last) == '.' && SentenceRules.isAbbreviation(line, last))) {
                out.add(pending);
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** Joins sentences while a quotation opened in one is still open at its end. */
    static List<Span> mergeInsideQuotes(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        Span pending = null;
        for (Span s : spans) {
            pending = pending == null ? s : pending.union(s);
            if (!quoteOpenAtEnd(line, pending)) {
                out.add(pending);
                pending = null;
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean quoteOpenAtEnd(String line, Span s) {
        int depth = 0;
        boolean straight = false;
        for (int i = s.begin(); i < s.end(); i++) {
            char c = line.charAt(i);
            if (Quotes.isOpening(c)) {
                depth++;
            } else if (Quotes.isClosing(c)) {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }

    private static NewsDocument assign(NewsDocument d, List<Span> spans, List<Integer> paragraphOf) {
        List<Token> tokens = d.tokens();
        List<Token> out = new ArrayList<>(tokens.size());
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (int si = 0; si < spans.size(); si++) {
            Span s = spans.get(si);
            int first = t;
            while (t < tokens.size() && tokens.get(t).span().begin() < s.end()) {
                out.add(tokens.get(t).withSentence(sentences.size()));
                t++;
            }
            if (t > first) {
                Span covered = new Span(tokens.get(first).span().begin(), tokens.get(t - 1).span().end());
                sentences.add(new Sentence(sentences.size(), covered, first, t, paragraphOf.get(si)));
            }
        }
        // Tokens after the last sentence (should not happen) join it.
        while (t < tokens.size()) {
            out.add(tokens.get(t).withSentence(Math.max(0, sentences.size() - 1)));
            t++;
        }
        return d.toBuilder().tokens(out).sentences(sentences).build();
    }
}
