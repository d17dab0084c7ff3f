package org.akhbar.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.nlp.ArticleMetadata;
import org.akhbar.rdf.Vocab.NIF;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

/** Properties every extracted graph must have, checked on every article the repository ships. */
class ExtractedGraphTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final DocumentMapper MAPPER = new DocumentMapper(Iris.standard());
    private static final ArticleReader READER = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged());
    private static final Extraction RUN = new Extraction("test", Map.of("m", "0"), Instant.EPOCH, Instant.EPOCH, "0");

    static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            return s.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("langdetect")).sorted().toList();
        }
    }

    private static Model graph(Path p) {
        return MAPPER.map(EXTRACTOR.process(READER.read(p)), RUN);
    }

    @Test
    void everySpanOfEveryArticleAnchorsExactlyItsCodePoints() throws IOException {
        List<Path> all = articles();
        assertTrue(all.size() >= 60, "the corpus is in data/: " + all.size());
        for (Path p : all) {
            String text = READER.read(p).text();
            Model m = graph(p);
            int spans = 0;
            for (Resource r : m.listSubjectsWithProperty(NIF.anchorOf).toList()) {
                int b = r.getProperty(NIF.beginIndex).getInt();
                int e = r.getProperty(NIF.endIndex).getInt();
                String anchor = r.getProperty(NIF.anchorOf).getString();
                int cb = text.offsetByCodePoints(0, b);
                int ce = text.offsetByCodePoints(0, e);
                assertEquals(text.substring(cb, ce), anchor, p + " " + r);
                spans++;
            }
            assertTrue(spans > 10, p + " has " + spans + " spans");
        }
    }

    @Test
    void everyExtractedGraphConformsToTheShapes() throws IOException {
        for (Path p : articles()) {
            ValidationReport report = Shapes.validate(graph(p).getGraph());
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), p.toString());
        }
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "وقال الوزير 😀 خالد المنصوري إن الاجتماع كان مثمراً.";
        Model m = MAPPER.map(EXTRACTOR.process(new Article("emoji", text, ArticleMetadata.EMPTY, null, "0")), RUN);
        for (Resource r : m.listSubjectsWithProperty(NIF.anchorOf).toList()) {
            int b = r.getProperty(NIF.beginIndex).getInt();
            int e = r.getProperty(NIF.endIndex).getInt();
            String cps = new String(text.codePoints().skip(b).limit(e - b).toArray(), 0, e - b);
            assertEquals(cps, r.getProperty(NIF.anchorOf).getString());
        }
    }

    @Test
    void extractingTheSameArticleTwiceGivesTheSameGraph() {
        Path seed = Path.of("data", "articles", "alaska-summit.ar.txt");
        assertTrue(graph(seed).isIsomorphicWith(graph(seed)));
    }

    @Test
    void aKnownEntityHasTheSameIriInEveryArticle() {
        Article a = new Article("a", "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات جيدة.", ArticleMetadata.EMPTY, null, "0");
        Article b = new Article("b", "واجتمع بوتين بالرئيس الصيني في موسكو أمس.", ArticleMetadata.EMPTY, null, "0");
        Resource putin = ResourceFactory.putin();
        assertTrue(MAPPER.map(EXTRACTOR.process(a), RUN).containsResource(putin));
        assertTrue(MAPPER.map(EXTRACTOR.process(b), RUN).containsResource(putin));
    }

    /** The IRI of a gazetteer entity with a QID. */
    static final class ResourceFactory {
        static Resource putin() {
            return org.apache.jena.rdf.model.ResourceFactory.createResource(Iris.DEFAULT_BASE + "entity/Q7747");
        }
    }
}
