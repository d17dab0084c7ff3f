package org.akhbar.extract;

import java.nio.file.Path;
import org.akhbar.nlp.ArticleMetadata;

/**
 * An input article: its identifier (the file name without {@code .txt}), text and sidecar metadata.
 *
 * @param source the file it was read from, or null for text given directly
 */
public record Article(String id, String text, ArticleMetadata metadata, Path source, String sha256) {}
