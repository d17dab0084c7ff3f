package org.akhbar.nlp;

import java.time.LocalDate;

/**
 * What the sidecar {@code NAME.json} says about an article. Every field may be null.
 *
 * @param published the publication date, the anchor for relative dates («أمس»)
 */
public record ArticleMetadata(String title, LocalDate published, String source, String url, String language) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);
}
