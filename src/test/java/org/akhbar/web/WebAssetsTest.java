package org.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The browser pages' static files: the README queries they offer, and the libraries they load. */
class WebAssetsTest {
    static final Path WEB = Path.of("src", "main", "resources", "web");

    private static List<Path> files(Path dir, String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        try (var s = Files.newDirectoryStream(dir, glob)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    @Test
    void theQueryEditorOffersExactlyTheReadmeQueries() throws IOException {
        List<Path> readme = files(Path.of("fuseki", "queries"), "*.rq");
        assertFalse(readme.isEmpty());
        String js = Files.readString(WEB.resolve("query.js"));
        for (Path p : readme) {
            assertTrue(js.contains("'" + p.getFileName() + "'"), "query.js lists " + p.getFileName());
            // the build copies fuseki/queries to web/queries: the page serves the README's own files
            try (var in = WebAssetsTest.class.getClassLoader().getResourceAsStream("web/queries/" + p.getFileName())) {
                assertNotNull(in, "web/queries/" + p.getFileName() + " on the classpath");
                assertEquals(Files.readString(p), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everyLibraryThePagesLoadIsAPinnedWebJarOnTheClasspathAndNoneComesFromElsewhere() throws IOException {
        Pattern src = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
        int webjars = 0;
        try (Stream<Path> pages = Files.list(WEB).filter(p -> p.toString().endsWith(".html"))) {
            for (Path page : pages.toList()) {
                Matcher m = src.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    String url = m.group(1);
                    assertFalse(url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//"),
                            page.getFileName() + " loads " + url + " from another host");
                    if (url.startsWith("/webjars/")) {
                        webjars++;
                        try (InputStream in = getClass().getClassLoader()
                                .getResourceAsStream("META-INF/resources/webjars/" + url.substring("/webjars/".length()))) {
                            assertNotNull(in, page.getFileName() + " loads " + url + ", which no WebJar of pom.xml holds");
                        }
                    } else if (url.startsWith("/web/")) {
                        assertTrue(Files.exists(WEB.resolve(url.substring("/web/".length()))), url);
                    }
                }
            }
        }
        assertTrue(webjars >= 5, "cytoscape, fcose and its bases, yasgui");
    }
}
