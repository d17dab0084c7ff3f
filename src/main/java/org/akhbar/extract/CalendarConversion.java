package org.akhbar.extract;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/** Hijri (Umm al-Qura) to Gregorian, by ICU4J. */
public final class CalendarConversion {
    private CalendarConversion() {}

    /** The Gregorian date of a Hijri day; month is 1-based. */
    public static LocalDate fromHijri(int year, int month, int day) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(IslamicCalendar.YEAR, year);
        cal.set(IslamicCalendar.MONTH, month - 1);
        cal.set(IslamicCalendar.DAY_OF_MONTH, day);
        long millis = cal.getTimeInMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L));
    }

    /** The Hijri year (Umm al-Qura) that holds a Gregorian date. */
    public static int hijriYear(LocalDate date) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.setTimeInMillis(date.toEpochDay() * 86_400_000L);
        return cal.get(IslamicCalendar.YEAR);
    }
}
