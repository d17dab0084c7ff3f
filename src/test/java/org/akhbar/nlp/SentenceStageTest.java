package org.akhbar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStageTest {
    private static List<String> sentences(String text) {
        NewsDocument d = Pipeline.builder().add(new TokenizeStage(org.akhbar.lexicon.Lexicon.get(),
                org.akhbar.lexicon.Gazetteer.get(), Vocabulary.of(java.util.Map.of())))
                .add(new SentenceStage(SentenceStage.packagedModel())).build()
                .process(NewsDocument.of("t", text, ArticleMetadata.EMPTY));
        return d.sentences().stream().map(s -> d.textOf(s.span())).toList();
    }

    @Test
    void splitsAtFullStopsQuestionMarksAndLines() {
        assertEquals(List.of("وصل الوفد.", "هل تنجح المحادثات؟", "وقال الوزير إن الاجتماع مثمر."),
                sentences("وصل الوفد. هل تنجح المحادثات؟\nوقال الوزير إن الاجتماع مثمر."));
    }

    @Test
    void keepsAQuotationInOneSentence() {
        assertEquals(List.of("وقال: \"وصلنا. وسنبقى\"."), sentences("وقال: \"وصلنا. وسنبقى\"."));
    }

    @Test
    void aPeriodInANumberOrAfterAnInitialEndsNothing() {
        assertEquals(List.of("بلغ النمو 2.5 في المئة بحسب د. أحمد."), sentences("بلغ النمو 2.5 في المئة بحسب د. أحمد."));
    }
}
