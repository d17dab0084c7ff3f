package org.akhbar.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.akhbar.AkhbarException;
import org.akhbar.eval.Gold;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.extract.ModelRecognizer;
import org.akhbar.extract.Words;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.NormalizeStage;
import org.akhbar.nlp.Pipeline;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.SentenceRules;
import org.akhbar.nlp.SentenceStage;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.Token;
import org.akhbar.nlp.TokenizeStage;
import org.akhbar.nlp.Vocabulary;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains every model Akhbar ships, from data the project ships, deterministically (single thread,
 * fixed iterations, sorted inputs): the corpus vocabulary, the OpenNLP sentence detector and name
 * finder (train split; the dev split reports the name finder's F1), and the language detector
 * ({@code data/langdetect}). Run by the build; {@code akhbar train} runs it by hand.
 */
public final class TrainModels {
    private final Path data;
    private final Path out;
    private final PrintStream log;
    /** How many times each training sentence with names is seen again with other names (see swappedNames). */
    private static final int SWAPPED_COPIES = 4;

    public TrainModels(Path data, Path out, PrintStream log) {
        this.data = data;
        this.out = out;
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new AkhbarException("usage: TrainModels DATA_DIR OUT_DIR");
        }
        new TrainModels(Path.of(args[0]), Path.of(args[1]), System.out).run();
    }

    public void run() throws IOException {
        Files.createDirectories(out);
        for (String f : new String[] {Vocabulary.RESOURCE, SentenceStage.MODEL_RESOURCE, ModelRecognizer.MODEL_RESOURCE,
                LanguageCheck.MODEL_RESOURCE}) {
            Files.deleteIfExists(out.resolve(Path.of(f).getFileName()));
        }
        List<Path> train = goldFiles(data.resolve("corpus/train"));
        List<Path> dev = goldFiles(data.resolve("corpus/dev"));
        long t0 = System.nanoTime();
        Vocabulary vocabulary = vocabulary(train);
        Words words = new Words(Lexicon.get(), Gazetteer.get(), vocabulary);
        ArabicFeatureGenerator.use(words);
        List<Annotated> trainDocs = annotate(train, vocabulary);
        trainSentenceModel(trainDocs);
        TokenNameFinderModel ner = trainNameFinder(trainDocs);
        report(ner, annotate(dev, vocabulary));
        trainLanguageDetector(trainDocs);
        log.printf("akhbar: models trained in %.1f s from %d training articles -> %s%n",
                (System.nanoTime() - t0) / 1e9, train.size(), out);
    }

    private record Annotated(Gold gold, NewsDocument doc) {}

    static List<Path> goldFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    private List<Annotated> annotate(List<Path> golds, Vocabulary vocabulary) {
        Pipeline p = Pipeline.builder().add(new NormalizeStage())
                .add(new TokenizeStage(Lexicon.get(), Gazetteer.get(), vocabulary))
                .add(new SentenceStage(null)).build();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, new LanguageCheck(null));
        List<Annotated> out = new ArrayList<>();
        for (Path g : golds) {
            Gold gold = Gold.read(g);
            Article a = reader.read(g.resolveSibling(gold.article()));
            out.add(new Annotated(gold, p.process(NewsDocument.of(a.id(), a.text(), a.metadata()))));
        }
        return out;
    }

    /** Word counts of the training split, and how often each word is inside a gold name. */
    private Vocabulary vocabulary(List<Path> train) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (Annotated a : annotate(train, Vocabulary.of(Map.of()))) {
            List<Token> tokens = a.doc.tokens();
            boolean[] inName = new boolean[tokens.size()];
            boolean[] inPerson = new boolean[tokens.size()];
            GoldProjection proj = new GoldProjection(a.gold);
            for (Sentence s : a.doc.sentences()) {
                for (GoldProjection.Name n : proj.names(tokens, s)) {
                    for (int i = n.start(); i < n.end(); i++) {
                        inName[s.firstToken() + i] = true;
                        inPerson[s.firstToken() + i] |= n.type().equals("Person");
                    }
                }
            }
            for (Token t : tokens) {
                if (t.isWord()) {
                    int[] c = counts.computeIfAbsent(t.norm(), k -> new int[3]);
                    c[0]++;
                    c[1] += inName[t.index()] ? 1 : 0;
                    c[2] += inPerson[t.index()] ? 1 : 0;
                }
            }
        }
        Path file = out.resolve(Path.of(Vocabulary.RESOURCE).getFileName());
        StringBuilder sb = new StringBuilder("# Word statistics of the training split, made by TrainModels.\nword\tcount\tin_name\tin_person\n");
        Map<String, Vocabulary.Stats> stats = new TreeMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(e.getKey()).append('\t').append(c[0]).append('\t').append(c[1]).append('\t').append(c[2]).append('\n');
            stats.put(e.getKey(), new Vocabulary.Stats(c[0], c[1], c[2]));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        log.printf("akhbar: vocabulary of %d words%n", stats.size());
        return Vocabulary.of(stats);
    }

    private static TrainingParameters params(int iterations, int cutoff) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    private void trainSentenceModel(List<Annotated> docs) throws IOException {
        List<SentenceSample> samples = new ArrayList<>();
        for (Annotated a : docs) {
            for (String paragraph : a.doc.text().split("\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                List<opennlp.tools.util.Span> spans = new ArrayList<>();
                for (Span s : SentenceRules.split(paragraph)) {
                    spans.add(new opennlp.tools.util.Span(s.begin(), s.end()));
                }
                samples.add(new SentenceSample(paragraph, spans.toArray(new opennlp.tools.util.Span[0])));
            }
        }
        SentenceDetectorFactory f = new SentenceDetectorFactory("ar", true, null, SentenceRules.EOS);
        SentenceModel m = SentenceDetectorME.train("ar", new CollectionObjectStream<>(samples), f, params(100, 1));
        save(m::serialize, SentenceStage.MODEL_RESOURCE);
        log.printf("akhbar: sentence model from %d paragraphs%n", samples.size());
    }

    private static List<NameSample> nameSamples(List<Annotated> docs) {
        List<NameSample> samples = new ArrayList<>();
        for (Annotated a : docs) {
            GoldProjection proj = new GoldProjection(a.gold);
            boolean first = true;
            for (Sentence s : a.doc.sentences()) {
                List<opennlp.tools.util.Span> names = new ArrayList<>();
                for (GoldProjection.Name n : proj.names(a.doc.tokens(), s)) {
                    names.add(new opennlp.tools.util.Span(n.start(), n.end(), n.type()));
                }
                samples.add(new NameSample(ModelRecognizer.features(a.doc.tokensOf(s)),
                        names.toArray(new opennlp.tools.util.Span[0]), first));
                first = false;
            }
        }
        return samples;
    }

    /**
     * Each training sentence with names once more, its names swapped for other names of the same type
     * from the gazetteer (a fixed seed: the build stays reproducible). With 48 articles the model
     * would otherwise learn the names themselves; with the swaps it has to learn their contexts
     * («قال … إن», «وزير الخارجية …»), which is what carries over to articles it has not seen.
     */
    private static List<NameSample> swappedNames(List<NameSample> samples, Map<String, List<String[]>> byType, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<NameSample> out = new ArrayList<>();
        for (NameSample sample : samples) {
            if (sample.getNames().length == 0) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            int at = 0;
            String[] sentence = sample.getSentence();
            for (opennlp.tools.util.Span n : sample.getNames()) {
                for (int i = at; i < n.getStart(); i++) {
                    tokens.add(sentence[i]);
                }
                List<String[]> pool = byType.getOrDefault(n.getType(), List.of());
                String[] swap = pool.isEmpty() ? java.util.Arrays.copyOfRange(sentence, n.getStart(), n.getEnd())
                        : pool.get(random.nextInt(pool.size()));
                names.add(new opennlp.tools.util.Span(tokens.size(), tokens.size() + swap.length, n.getType()));
                tokens.addAll(List.of(swap));
                at = n.getEnd();
            }
            for (int i = at; i < sentence.length; i++) {
                tokens.add(sentence[i]);
            }
            out.add(new NameSample(tokens.toArray(new String[0]), names.toArray(new opennlp.tools.util.Span[0]), true));
        }
        return out;
    }

    private TokenNameFinderModel trainNameFinder(List<Annotated> docs) throws IOException {
        List<NameSample> samples = new ArrayList<>(nameSamples(docs));
        List<NameSample> original = List.copyOf(samples);
        Map<String, List<String[]>> byType = new TreeMap<>(); // gazetteer names by type, as the model reads them
        for (org.akhbar.lexicon.GazetteerEntry e : Gazetteer.get().entries()) {
            byType.computeIfAbsent(e.type().label(), k -> new ArrayList<>()).add(ArabicNormalizer.normalize(e.label()).split(" "));
        }
        for (int copy = 1; copy <= SWAPPED_COPIES; copy++) {
            samples.addAll(swappedNames(original, byType, copy));
        }
        byte[] descriptor;
        try (var in = TrainModels.class.getResourceAsStream("/akhbar/ner-features.xml")) {
            descriptor = in.readAllBytes();
        }
        TokenNameFinderFactory f = new TokenNameFinderFactory(descriptor, Map.of(), new BioCodec());
        TrainingParameters p = params(300, 1);
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        TokenNameFinderModel m = NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), p, f);
        save(m::serialize, ModelRecognizer.MODEL_RESOURCE);
        log.printf("akhbar: name finder from %d sentences%n", samples.size());
        return m;
    }

    private void report(TokenNameFinderModel m, List<Annotated> dev) throws IOException {
        if (dev.isEmpty()) {
            return;
        }
        TokenNameFinderEvaluator ev = new TokenNameFinderEvaluator(new NameFinderME(m));
        ev.evaluate(new CollectionObjectStream<>(nameSamples(dev)));
        log.printf("akhbar: name finder alone on dev: P=%.3f R=%.3f F1=%.3f%n", ev.getFMeasure().getPrecisionScore(),
                ev.getFMeasure().getRecallScore(), ev.getFMeasure().getFMeasure());
    }

    private void trainLanguageDetector(List<Annotated> arabic) throws IOException {
        Path dir = data.resolve("langdetect");
        List<LanguageSample> samples = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String lang = f.getFileName().toString().replace(".txt", "");
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            samples.add(new LanguageSample(new Language(lang), line));
                        }
                    }
                }
            }
        }
        if (samples.isEmpty()) {
            log.println("akhbar: no data/langdetect samples: language detector not trained");
            return;
        }
        for (Annotated a : arabic) {
            for (String paragraph : a.doc.text().split("\n")) {
                if (!paragraph.isBlank()) {
                    samples.add(new LanguageSample(new Language("ara"), paragraph));
                }
            }
        }
        LanguageDetectorModel m = LanguageDetectorME.train(new CollectionObjectStream<>(samples), params(100, 1),
                new LanguageDetectorFactory());
        save(m::serialize, LanguageCheck.MODEL_RESOURCE);
        log.printf("akhbar: language detector from %d samples%n", samples.size());
    }

    private interface Serializer {
        void serialize(OutputStream out) throws IOException;
    }

    private void save(Serializer s, String resource) throws IOException {
        try (OutputStream o = Files.newOutputStream(out.resolve(Path.of(resource).getFileName()))) {
            s.serialize(o);
        }
    }
}
