package org.akhbar.nlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akhbar.AkhbarException;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void refusesAStageWhoseInputNoEarlierStageProvides() {
        AkhbarException e = assertThrows(AkhbarException.PipelineError.class,
                () -> Pipeline.builder().add(new SentenceStage(null)));
        assertTrue(e.getMessage().contains("sentences") && e.getMessage().contains("TOKENS"), e.getMessage());
    }

    @Test
    void aDocumentRefusesALayerNoStageHasProduced() {
        NewsDocument d = NewsDocument.of("x", "نص", ArticleMetadata.EMPTY);
        AkhbarException e = assertThrows(AkhbarException.PipelineError.class, d::tokens);
        assertTrue(e.getMessage().contains("TOKENS"), e.getMessage());
    }
}
