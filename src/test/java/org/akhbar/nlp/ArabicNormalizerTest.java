package org.akhbar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void foldsHamzaAlefMaqsuraTaaMarbutaTatweelAndDiacritics() {
        assertEquals("اليوم", ArabicNormalizer.normalize("اليَوْمُ"));
        assertEquals("امريكا", ArabicNormalizer.normalize("أمريكا"));
        assertEquals("الي", ArabicNormalizer.normalize("إلى"));
        assertEquals("القمه", ArabicNormalizer.normalize("القمة"));
        assertEquals("ب", ArabicNormalizer.normalize("بـ"));
    }

    @Test
    void foldsArabicIndicAndPersianDigitsAndLetters() {
        assertEquals("2025", ArabicNormalizer.normalize("٢٠٢٥"));
        assertEquals("15", ArabicNormalizer.normalize("۱۵"));
        assertEquals("يك", ArabicNormalizer.normalize("یک"));
    }

    @Test
    void offsetMapLeadsBackToTheOriginalCharacters() {
        String text = "قالَ بوتينُ";
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets(text);
        assertEquals("قال بوتين", n.text());
        int b = n.text().indexOf("بوتين");
        Span s = n.toOriginal(b, b + "بوتين".length());
        assertEquals("بوتين", s.of(text));
    }

    @Test
    void keyCollapsesSpacesAndJoiners() {
        assertEquals("المندورف ديتشاردسون", ArabicNormalizer.key("إلمندورف _  ديتشاردسون"));
    }
}
