package org.akhbar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.akhbar.nlp.Entity;
import org.akhbar.nlp.EntityType;
import org.akhbar.nlp.Event;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Quotation;
import org.akhbar.nlp.Role;
import org.junit.jupiter.api.Test;

/** The extraction stages on small texts that isolate one behaviour each. */
class ExtractionTest {
    private static String speaker(NewsDocument d, Quotation q) {
        return q.speaker() < 0 ? null : d.entities().get(q.speaker()).label();
    }

    @Test
    void anUnknownPersonAfterATitleIsAPersonWithThatRole() {
        NewsDocument d = Extract.of("وصف وزير الدفاع الروسي أندرية بيلاوسوف أجواء القمة بأنها \"ممتازة\".");
        Entity p = Extract.entity(d, "أندرية بيلاوسوف");
        assertEquals(EntityType.PERSON, p.type());
        Role r = d.roles().get(0);
        assertEquals(p.id(), r.person());
        assertEquals("وزير الدفاع الروسي", r.title());
        assertEquals("روسيا", d.entities().get(r.of()).label());
    }

    @Test
    void aTitleAfterTheNameIsARoleToo() {
        NewsDocument d = Extract.of("وأفاد كيريل دميترييف المبعوث الروسي الخاص، في مقابلة، أن اللقاء كان جيداً.");
        Role r = d.roles().get(0);
        assertEquals("كيريل دميترييف", d.entities().get(r.person()).label());
        assertEquals("المبعوث الروسي الخاص", r.title());
    }

    @Test
    void aCompoundTitleGivesOneRolePerPostSharingItsJurisdiction() {
        NewsDocument d = Extract.of("وقال نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي إن الزيارة ناجحة.");
        List<String> titles = d.roles().stream().map(Role::title).toList();
        assertEquals(List.of("نائب رئيس الوزراء", "وزير الخارجية الأردني"), titles);
        for (Role r : d.roles()) {
            assertEquals("الأردن", d.entities().get(r.of()).label());
        }
    }

    @Test
    void aSurnameAloneIsTheSamePersonAsTheFullName() {
        NewsDocument d = Extract.of("قال المدرب خالد المنصوري إن الفريق جاهز. وأضاف المنصوري أن المباراة صعبة.");
        assertEquals(1, d.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), Extract.labels(d).toString());
    }

    @Test
    void directQuotationAfterAColonWithAnElidedSpeakerNext() {
        NewsDocument d = Extract.of("وقال الوزير خالد المنصوري: \"نحن مستعدون للحوار مع الجميع\". وأضاف: \"لن نتراجع عن مواقفنا\".");
        List<Quotation> q = d.quotations();
        assertEquals(2, q.size());
        for (Quotation x : q) {
            assertEquals(Quotation.Mode.DIRECT, x.mode());
            assertEquals("خالد المنصوري", speaker(d, x));
        }
        assertEquals("لن نتراجع عن مواقفنا", q.get(1).text());
    }

    @Test
    void theSpeakerMayComeAfterTheQuotation() {
        NewsDocument d = Extract.of("«الوضع تحت السيطرة تماماً»، قال المتحدث باسم الشرطة سامي الحربي للصحافيين.");
        Quotation q = d.quotations().get(0);
        assertEquals(Quotation.Mode.DIRECT, q.mode());
        assertEquals("سامي الحربي", speaker(d, q));
    }

    @Test
    void indirectSpeechIsTheClauseAfterAnna() {
        NewsDocument d = Extract.of("وأكد وزير المالية أحمد كجوك أن الموازنة الجديدة تدعم النمو، مشيراً إلى تراجع التضخم.");
        Quotation q = d.quotations().get(0);
        assertEquals(Quotation.Mode.INDIRECT, q.mode());
        assertEquals("الموازنة الجديدة تدعم النمو", q.text());
        assertEquals("أحمد كجوك", speaker(d, q));
    }

    @Test
    void aQuotedFragmentInsideReportedSpeechIsPartial() {
        NewsDocument d = Extract.of("ووصف الرئيس الفرنسي إيمانويل ماكرون المحادثات بأنها \"مثمرة وصريحة\".");
        Quotation q = d.quotations().get(0);
        assertEquals(Quotation.Mode.PARTIAL, q.mode());
        assertEquals("مثمرة وصريحة", q.text());
    }

    @Test
    void agencyAttributionGivesTheSpeakerAndTheMedium() {
        NewsDocument d = Extract.of("ونقلت وكالة رويترز عن المتحدث باسم الحكومة سامي الحربي قوله إن الحكومة ستعلن خطتها.");
        Quotation q = d.quotations().get(0);
        assertEquals("سامي الحربي", speaker(d, q));
        assertTrue(d.entities().get(q.via()).label().contains("رويترز"));
    }

    @Test
    void aSummitWithItsParticipantsPlacesAndDuration() {
        NewsDocument d = Extract.of("عقدت القمة التي جمعت الرئيس الروسي فلاديمير بوتين بالرئيس الأميركي دونالد ترامب "
                + "في قاعدة \"إلمندورف\" العسكرية في مدينة أنكوراج بعد محادثات دامت ثلاث ساعات.");
        Event e = d.events().get(0);
        assertEquals("summit", e.kind());
        assertEquals(2, e.participants().size());
        assertEquals("PT3H", e.duration());
        assertTrue(e.places().size() >= 2, e.places().toString());
    }

    @Test
    void placesTheTextPutsInsideOthers() {
        NewsDocument d = Extract.of("وقع الانفجار في مدينة أنكوراج، كبرى مدن ولاية ألاسكا الأميركية.");
        List<String> pairs = d.containments().stream()
                .map(c -> d.entities().get(c.child()).label() + " ⊂ " + d.entities().get(c.parent()).label()).toList();
        assertTrue(pairs.contains("ألاسكا ⊂ الولايات المتحدة"), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.endsWith("⊂ ألاسكا")), pairs.toString());
    }

    @Test
    void aSpokespersonOnBehalfOfABodyIsNoPersonCalledBasem() {
        NewsDocument d = Extract.of("وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد إن عمليات البحث جارية.");
        assertTrue(Extract.labels(d).contains("ذبيح الله مجاهد"), Extract.labels(d).toString());
        assertTrue(Extract.labels(d).stream().noneMatch(l -> l.startsWith("باسم")), Extract.labels(d).toString());
        assertEquals("ذبيح الله مجاهد", speaker(d, d.quotations().get(0)));
    }

    @Test
    void aLocalBodyIsNamedByItsSeatAndACommuneIsAPlace() {
        NewsDocument d = Extract.of("وقالت المديرية الجهوية للصحة بقابس إن الوضع مستقر، فيما زار الوفد جماعة تفنيت أمس.");
        assertEquals(EntityType.ORGANIZATION, Extract.entity(d, "المديرية الجهوية للصحة بقابس").type());
        assertEquals(EntityType.PLACE, Extract.entity(d, "تفنيت").type());
    }

    @Test
    void aCentreForExhibitionsIsAVenue() {
        NewsDocument d = Extract.of("وافتتح المعرض في مركز أبوظبي الوطني للمعارض مساء أمس.");
        assertEquals(EntityType.PLACE, Extract.entity(d, "مركز أبوظبي الوطني للمعارض").type());
    }

    @Test
    void theWordsOfALedeBelongToTheSubjectAfterBiHadhihiAlKalimat() {
        NewsDocument d = Extract.of("«لم ندفع ولن ندفع ديناراً واحداً للمهاجمين»، بهذه العبارة حسم مدير المستشفى الدكتور ماهر العمري الجدل.");
        assertEquals(1, d.quotations().size());
        assertEquals("ماهر العمري", speaker(d, d.quotations().get(0)));
        assertEquals(Quotation.Mode.DIRECT, d.quotations().get(0).mode());
    }

    @Test
    void aSubjectBeforeQadSpeaksThoughAnotherNameFollowsTheVerb() {
        NewsDocument d = Extract.of("وكان الرئيس قيس سعيد قد شدد، خلال استقباله رئيسة الحكومة سارة الزعفراني الزنزري، على أن "
                + "\"الخطوط التونسية مرفق عمومي لن يُفرَّط فيه\".");
        assertEquals("قيس سعيد", speaker(d, d.quotations().get(0)));
    }

    @Test
    void aTimeClauseIsNoReportedSpeech() {
        NewsDocument d = Extract.of("وقال الوزير خالد المنصوري إن الوضع مستقر قبل أن يغادر القاعة.");
        List<String> quotes = d.quotations().stream().map(Quotation::text).toList();
        assertEquals(List.of("الوضع مستقر قبل أن يغادر القاعة"), quotes);
    }
}
