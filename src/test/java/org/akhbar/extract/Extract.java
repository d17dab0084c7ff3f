package org.akhbar.extract;

import java.time.LocalDate;
import java.util.List;
import org.akhbar.nlp.ArticleMetadata;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.NewsDocument;

/** Runs the packaged pipeline on a text, for tests. */
final class Extract {
    private static final Extractor EXTRACTOR = Extractor.standard();

    private Extract() {}

    static NewsDocument of(String text) {
        return of(text, null);
    }

    static NewsDocument of(String text, String published) {
        ArticleMetadata meta = new ArticleMetadata(null, published == null ? null : LocalDate.parse(published), null,
                null, "ar");
        return EXTRACTOR.process(new Article("test", text, meta, null, ""));
    }

    static List<String> labels(NewsDocument d) {
        return d.entities().stream().filter(Entity::isNamed).map(Entity::label).toList();
    }

    static Entity entity(NewsDocument d, String label) {
        return d.entities().stream().filter(e -> e.label().equals(label) || e.altLabels().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label + " in " + labels(d)));
    }
}
