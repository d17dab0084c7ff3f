package org.akhbar.train;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets the name-finder's XML feature descriptor name {@link ArabicFeatureGenerator}. */
public final class ArabicFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new ArabicFeatureGenerator();
    }
}
