package org.akhbar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.akhbar.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The contract's seed article: every required entity, role and statement of
 * {@code alaska-summit.gold.json} is extracted (a rule that helps the corpus must not cost the seed).
 */
class SeedArticleTest {
    @Test
    void everyRequiredEntityRoleAndStatementOfTheSeedIsFound() {
        Evaluation e = new EvalRunner(Extractor.standard()).run(List.of(Path.of("data/articles")));
        List<String> missed = e.misses().stream()
                .filter(m -> m.contains("entity missed") || m.contains("role missed") || m.contains("statement missed"))
                .toList();
        assertEquals(List.of(), missed);
        assertEquals(0, e.counts("entities").falseNegatives());
        assertEquals(0, e.counts("roles").falseNegatives());
        assertEquals(0, e.counts("statements").falseNegatives());
    }

    @Test
    void theSeedsSpeakersAreThePeopleWhoSpoke() {
        Evaluation e = new EvalRunner(Extractor.standard()).run(List.of(Path.of("data/articles")));
        assertEquals(0, e.counts("statements").falsePositives(), e.misses().toString());
    }
}
