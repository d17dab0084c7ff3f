package org.akhbar.nlp;

import java.util.Set;

/** Normalizes the text ({@link ArabicNormalizer}) and keeps the offset map. */
public final class NormalizeStage extends BaseStage {
    public NormalizeStage() {
        super("normalize", Set.of(Layer.TEXT), Set.of(Layer.NORMALIZED));
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        return d.toBuilder().normalized(ArabicNormalizer.normalizeWithOffsets(d.text())).build();
    }
}
