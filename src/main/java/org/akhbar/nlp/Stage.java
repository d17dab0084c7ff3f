package org.akhbar.nlp;

import java.util.Set;

/**
 * One step of the pipeline, one job. It declares the layers it reads and the layers it writes;
 * {@link Pipeline.Builder} checks the declarations when the pipeline is assembled.
 */
public interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    NewsDocument apply(NewsDocument document);
}
