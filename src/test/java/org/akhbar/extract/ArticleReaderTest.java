package org.akhbar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.akhbar.AkhbarException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(10_000, LanguageCheck.packaged());

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private String refusal(Path p) {
        return assertThrows(AkhbarException.BadInput.class, () -> reader.read(p)).getMessage();
    }

    @Test
    void readsTextAndSidecar() throws IOException {
        Path p = write("a.txt", "قال الوزير إن الاجتماع كان مثمراً وإن المحادثات ستستمر الأسبوع المقبل.".getBytes(StandardCharsets.UTF_8));
        write("a.json", "{\"title\": \"عنوان\", \"published\": \"2025-08-16\", \"source\": \"وكالة\"}".getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(p);
        assertEquals("a", a.id());
        assertEquals(LocalDate.of(2025, 8, 16), a.metadata().published());
        assertEquals("عنوان", a.metadata().title());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void refusesAnEmptyArticle() throws IOException {
        assertTrue(refusal(write("e.txt", "  \n".getBytes(StandardCharsets.UTF_8))).contains("empty"));
    }

    @Test
    void refusesABinaryFile() throws IOException {
        assertTrue(refusal(write("b.txt", new byte[] {1, 2, 0, 3, 4})).contains("binary"));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        byte[] cp1256 = "قال الوزير إن الاجتماع كان مثمراً".getBytes(Charset.forName("windows-1256"));
        assertTrue(refusal(write("w.txt", cp1256)).contains("not valid UTF-8"));
    }

    @Test
    void refusesAnOversizedFile() throws IOException {
        byte[] big = "قال ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        assertTrue(refusal(write("h.txt", big)).contains("over the limit"));
    }

    @Test
    void refusesTextInAnotherLanguage() throws IOException {
        String english = "The minister said the meeting was fruitful and that talks would continue next week in Cairo.";
        assertTrue(refusal(write("en.txt", english.getBytes(StandardCharsets.UTF_8))).contains("not Arabic"));
    }

    @Test
    void aBrokenSidecarNamesTheFileAndTheField() throws IOException {
        Path p = write("s.txt", "قال الوزير إن الاجتماع كان مثمراً.".getBytes(StandardCharsets.UTF_8));
        Path side = write("s.json", "{\"published\": \"16 August\"}".getBytes(StandardCharsets.UTF_8));
        String m = refusal(p);
        assertTrue(m.contains(side.toString()) && m.contains("published"), m);
        write("s.json", "{\"title\": ".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(p).contains("not valid JSON"));
        write("s.json", "{\"title\": 5}".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(p).contains("'title' must be a string"));
    }
}
