package org.akhbar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every gold file the repository ships is well formed and refers to text that is really there. */
class GoldCorpusTest {
    static List<Path> golds() throws Exception {
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            return s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    @Test
    void theCorpusHasItsSplitsAndEveryGoldFileChecksOut() throws Exception {
        List<Path> all = golds();
        // SPLITS.tsv says where every corpus article belongs; the folders hold exactly that
        java.util.Map<String, String> splits = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("data", "corpus", "SPLITS.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length == 3 && !f[0].equals("slug")) {
                splits.put(f[0], f[2]);
            }
        }
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        for (String split : new String[] {"train", "dev", "test"}) {
            try (Stream<Path> s = Files.list(Path.of("data", "corpus", split))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json"))
                        .forEach(n -> found.put(n.substring(0, n.length() - ".gold.json".length()), split));
            }
        }
        assertEquals(splits, found, "data/corpus/{train,dev,test} against SPLITS.tsv");
        assertTrue(splits.size() >= 60, "at least 60 corpus articles");
        assertEquals(splits.size() + 1, all.size(), "the corpus articles and the seed, nothing else");
        List<String> problems = new ArrayList<>();
        for (Path g : all) {
            Gold gold = Gold.read(g);
            String text = Files.readString(g.resolveSibling(gold.article()), StandardCharsets.UTF_8);
            for (Gold.GoldEntity e : gold.entities()) {
                // «للوكالة الدولية …» holds «الوكالة الدولية …» with its article merged into «لـ»
                if (e.required() && e.forms().stream().noneMatch(f -> text.contains(f)
                        || f.startsWith("ال") && text.contains("لل" + f.substring(2)))) {
                    problems.add(g + ": entity " + e.name() + " is not in the text");
                }
                if (e.wikidata() != null && !e.wikidata().matches("Q[1-9][0-9]*")) {
                    problems.add(g + ": bad QID " + e.wikidata());
                }
            }
            for (Gold.GoldRole r : gold.roles()) {
                if (gold.entity(r.person()) == null || r.of() != null && gold.entity(r.of()) == null) {
                    problems.add(g + ": role refers to an unknown entity: " + r);
                }
            }
            for (Gold.GoldStatement s : gold.statements()) {
                if (!text.contains(s.quote())) {
                    problems.add(g + ": quote not in the text: " + s.quote());
                }
                if (gold.entity(s.speaker()) == null) {
                    problems.add(g + ": unknown speaker " + s.speaker());
                }
                if (!List.of("direct", "partial", "indirect").contains(s.kind())) {
                    problems.add(g + ": bad kind " + s.kind());
                }
            }
            for (Gold.GoldEvent e : gold.events()) {
                for (String x : e.participants()) {
                    if (gold.entity(x) == null) {
                        problems.add(g + ": unknown participant " + x);
                    }
                }
                if (e.date() != null) {
                    LocalDate.parse(e.date());
                }
            }
            for (Gold.GoldDate d : gold.dates()) {
                LocalDate.parse(d.value());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
