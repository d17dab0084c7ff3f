package org.akhbar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.TimeExpression;
import org.junit.jupiter.api.Test;

class TimexStageTest {
    private static List<String> values(String text, String published) {
        NewsDocument d = Extract.of(text, published);
        return d.timeExpressions().stream().map(TimeExpression::value).toList();
    }

    @Test
    void gregorianDatesInEveryMonthNameSystem() {
        assertEquals(List.of("2025-08-14"), values("وصل الوفد الخميس 14 آب/أغسطس 2025 إلى الدوحة.", null));
        assertEquals(List.of("2024-03-03"), values("عقد الاجتماع في 3 مارس (آذار) 2024.", null));
        assertEquals(List.of("2025-01-09"), values("في 9 كانون الثاني 2025 أعلنت الحكومة الخطة.", null));
        assertEquals(List.of("2025-08-04"), values("وفي 4 غشت 2025 وقع الطرفان الاتفاق.", null));
    }

    @Test
    void ordinalDayWordsAndYearFromPublication() {
        assertEquals(List.of("2025-09-15"), values("تنطلق الدراسة في الخامس عشر من أيلول.", "2025-09-01"));
        assertEquals(List.of("2025-10-23"), values("وفي الثالث والعشرين من أكتوبر عاد الوفد.", "2025-11-02"));
    }

    @Test
    void arabicIndicDigitsAndHijriDates() {
        assertEquals(List.of("2025-08-15"), values("في ١٥ أغسطس ٢٠٢٥ التقى الزعيمان.", null));
        assertEquals(List.of("2025-03-12"), values("بدأت الحملة في 12 رمضان 1446 هـ في عدن.", null));
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        // 2025-08-18 is a Monday
        assertEquals(List.of("2025-08-17"), values("وقال الوزير أمس الأحد إن المفاوضات مستمرة.", "2025-08-18"));
        assertEquals(List.of("2025-08-16"), values("وصل الوفد منذ يومين إلى القاهرة.", "2025-08-18"));
        assertEquals(List.of("2025-08-19"), values("وتعقد الجلسة غداً الثلاثاء.", "2025-08-18"));
        assertEquals(List.of("2025-08-14"), values("وكان الرئيس قد زار المدينة الخميس الماضي.", "2025-08-18"));
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertEquals(List.of(), values("وقال الوزير أمس الأحد إن المفاوضات مستمرة.", null));
    }

    @Test
    void durationsAfterWordsOfLasting() {
        assertEquals(List.of("PT2H45M"), values("بعد محادثات دامت ساعتين و45 دقيقة في القاعة.", null));
        assertEquals(List.of("P3D"), values("واستمرت الزيارة ثلاثة أيام.", null));
    }

    @Test
    void monthsAndWeeksAloneAreNotDays() {
        assertEquals(List.of(), values("وتعقد الجولة المقبلة الأسبوع المقبل في مارس.", "2025-02-01"));
    }
}
