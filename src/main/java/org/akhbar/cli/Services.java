package org.akhbar.cli;

import org.akhbar.extract.ArticleReader;
import org.akhbar.extract.Extractor;
import org.akhbar.rdf.DocumentMapper;
import org.akhbar.rdf.Iris;
import org.akhbar.store.Loader;

/** Builds the reader → extractor → mapper chain the commands share. */
final class Services {
    private Services() {}

    static Loader loader(Iris iris, long maxBytes) {
        return new Loader(new ArticleReader(maxBytes, org.akhbar.extract.LanguageCheck.packaged()),
                Extractor.standard(), new DocumentMapper(iris));
    }
}
