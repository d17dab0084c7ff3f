package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private final Loader loader = new Loader(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged()),
            Extractor.standard(), new DocumentMapper(Iris.standard()));

    private Path article(String name, String text) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void loadingAnArticleAgainReplacesItsGraph() throws IOException {
        Path a = article("a.txt", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحوار.");
        try (Store s = Store.open(dir.resolve("db"), Iris.standard())) {
            loader.load(List.of(a), s, x -> { });
            long once = s.size();
            long article = s.articleSize("a");
            loader.load(List.of(a), s, x -> { });
            assertEquals(once, s.size());
            assertEquals(article, s.articleSize("a"));
            assertEquals(List.of("a"), s.articleIds());
        }
    }

    @Test
    void aBadArticleIsReportedAndTheRestOfTheBatchLoads() throws IOException {
        Path good = article("good.txt", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحوار.");
        Path bad = article("bad.txt", "");
        try (Store s = Store.open(dir.resolve("db"), Iris.standard())) {
            List<String> progress = new ArrayList<>();
            List<Loader.Outcome> out = loader.load(List.of(good, bad), s, progress::add);
            assertEquals(2, out.size());
            assertTrue(out.stream().anyMatch(o -> !o.ok() && o.error().contains("empty")));
            assertEquals(List.of("good"), s.articleIds());
            assertEquals(2, progress.size());
        }
    }

    @Test
    void removingAnArticleLeavesNothingOfItOutsideTheGazetteer() throws IOException {
        Path a = article("a.txt", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحوار.");
        try (Store s = Store.open(dir.resolve("db"), Iris.standard())) {
            loader.ensureGazetteer(s);
            long before = s.size();
            loader.load(List.of(a), s, x -> { });
            assertTrue(s.removeArticle("a"));
            assertFalse(s.removeArticle("a"));
            assertEquals(before, s.size());
            assertEquals(List.of(), s.articleIds());
        }
    }

    @Test
    void theStoreSurvivesBeingReopened() throws IOException {
        Path a = article("a.txt", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحوار.");
        long size;
        try (Store s = Store.open(dir.resolve("db"), Iris.standard())) {
            loader.load(List.of(a), s, x -> { });
            size = s.size();
        }
        try (Store s = Store.open(dir.resolve("db"), Iris.standard())) {
            assertEquals(size, s.size());
        }
    }
}
