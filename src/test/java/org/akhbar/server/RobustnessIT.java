package org.akhbar.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.akhbar.extract.Article;
import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.LanguageCheck;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import org.akhbar.store.Loader;
import org.akhbar.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Faults and load: concurrent readers during loads, and a load killed with SIGKILL. */
class RobustnessIT {
    @TempDir
    Path dir;

    private static final Loader LOADER = new Loader(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES,
            LanguageCheck.packaged()), Extractor.standard(), new DocumentMapper(Iris.standard()));

    static List<Path> articles(String split) throws Exception {
        try (Stream<Path> s = Files.list(Path.of("data", "corpus", split))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Triples each article's graph must hold when whole. */
    static Map<String, Long> expectedSizes(List<Path> files) {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, LanguageCheck.packaged());
        Map<String, Long> out = new HashMap<>();
        for (Path f : files) {
            Article a = reader.read(f);
            out.put(a.id(), LOADER.extract(a).size());
        }
        return out;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eightReadersNeverSeeAFailedQueryOrAHalfArticleWhileArticlesLoad() throws Exception {
        List<Path> files = articles("dev");
        Map<String, Long> sizes = expectedSizes(files);
        List<String> readme = new ArrayList<>();
        for (Path q : ServerIT.readmeQueries()) {
            readme.add(Files.readString(q, StandardCharsets.UTF_8));
        }
        String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        try (TestServer server = TestServer.start(dir, List.of(TestServer.seed()))) {
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicLong queries = new AtomicLong();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int me = i;
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (loading.get()) {
                        try {
                            String q = n % 2 == 0 ? readme.get((me + n) % readme.size()) : perGraph;
                            var r = server.query(q, "text/csv");
                            queries.incrementAndGet();
                            if (r.statusCode() != 200) {
                                problems.add("HTTP " + r.statusCode() + ": " + r.body());
                            } else if (q == perGraph) {
                                r.body().lines().skip(1).forEach(line -> {
                                    String[] c = line.split(",");
                                    String id = server.store.iris().articleOfGraph(c[0]);
                                    Long want = sizes.get(id);
                                    if (want != null && Long.parseLong(c[1].trim()) != want) {
                                        problems.add("half article " + id + ": " + c[1] + " of " + want);
                                    }
                                });
                            }
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                        n++;
                    }
                });
                t.start();
                readers.add(t);
            }
            long t0 = System.nanoTime();
            for (int round = 0; round < 2; round++) {
                server.loader.load(files, server.store, line -> { });
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            loading.set(false);
            for (Thread t : readers) {
                t.join();
            }
            System.out.printf("akhbar-figures: %d queries by 8 readers in %.1f s (%.0f/s) while %d articles were loaded"
                    + " twice; %d failed%n", queries.get(), seconds, queries.get() / seconds, files.size(), problems.size());
            assertTrue(problems.isEmpty(), problems.toString());
            assertTrue(queries.get() > 50, "readers ran: " + queries.get());
            for (Map.Entry<String, Long> e : sizes.entrySet()) {
                assertEquals(e.getValue(), server.store.articleSize(e.getKey()), e.getKey());
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aLoadKilledWithSigkillLeavesEveryCommittedArticleWhole() throws Exception {
        String jar = System.getProperty("akhbar.jar", "target/akhbar.jar");
        List<Path> files = new ArrayList<>(articles("train"));
        Map<String, Long> sizes = expectedSizes(files);
        Path db = dir.resolve("db");
        int kills = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            Process p = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "load", "data/corpus/train", "--db", db.toString())
                    .redirectErrorStream(true).start();
            int target = 6 + attempt * 10;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int loaded = 0;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("[")) {
                        loaded++;
                    }
                    if (loaded >= target) {
                        break;
                    }
                }
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of the article in flight
            p.waitFor(30, TimeUnit.SECONDS);
            kills++;
            try (Store s = Store.open(db, Iris.standard())) {
                List<String> ids = s.articleIds();
                assertTrue(ids.size() >= target - 1, "committed before the kill: " + ids.size());
                for (String id : ids) {
                    assertEquals(sizes.get(id), s.articleSize(id), id + " is whole");
                }
                System.out.printf("akhbar-figures: kill %d: store reopened with %d whole articles, 0 triples lost%n",
                        kills, ids.size());
            }
        }
        assertEquals(2, kills);
    }
}
