package org.akhbar.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.lexicon.Lexicon;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.BaseStage;
import org.akhbar.nlp.Layer;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Span;
import org.akhbar.nlp.TimeExpression;
import org.akhbar.nlp.Token;

/**
 * Dates and durations, normalized to the Gregorian calendar and ISO 8601:
 * <ul>
 *   <li>«الخميس 14 آب/أغسطس 2025», «3 مارس (آذار)», «كانون الثاني», «الخامس عشر من أيلول»,
 *       Arabic-Indic digits (folded by the normalizer), numeric «15/8/2025»;</li>
 *   <li>Hijri «12 رمضان 1446 هـ» through ICU4J's Umm al-Qura calendar;</li>
 *   <li>relative to the sidecar's {@code published}: «أمس الأحد», «اليوم», «غداً», «الأحد الماضي»,
 *       «منذ يومين»; a date without a year takes the year that puts it nearest to publication;</li>
 *   <li>durations after «دامت», «استمرت», «لمدة» …: «ساعتين و45 دقيقة» → PT2H45M.</li>
 * </ul>
 * Without a publication date, relative expressions and year-less dates are left unresolved.
 */
public final class TimexStage extends BaseStage {
    private final Lexicon lex;

    public TimexStage(Lexicon lexicon) {
        super("dates", Set.of(Layer.TOKENS, Layer.SENTENCES), Set.of(Layer.TIMEX));
        this.lex = lexicon;
    }

    private record Found(int end, String value, String calendar, boolean duration) {}

    @Override
    public NewsDocument apply(NewsDocument d) {
        List<Token> tokens = d.tokens();
        LocalDate published = d.metadata().published();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            boolean future = mentionsFuture(tokens, s);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Found f = date(tokens, i, s.endToken(), published, future);
                if (f == null) {
                    PhraseIndex.Match<Boolean> cue = lex.durationCues().longestAt(tokens, i, s.endToken());
                    // the duration follows the cue, perhaps after its subject («واستمرت الزيارة ثلاثة أيام»)
                    int from = cue == null ? s.endToken() : cue.end();
                    for (int k = from; k < Math.min(s.endToken(), from + 3) && f == null; k++) {
                        f = duration(tokens, k, s.endToken());
                        if (f != null) {
                            i = k;
                        } else if (tokens.get(k).isPunct()) {
                            break;
                        }
                    }
                }
                if (f == null) {
                    continue;
                }
                Span span = new Span(tokens.get(i).stemSpan().begin(), tokens.get(f.end - 1).span().end());
                out.add(new TimeExpression(span, d.textOf(span),
                        f.duration ? TimeExpression.Type.DURATION : TimeExpression.Type.DATE, f.value, f.calendar));
                i = f.end - 1;
            }
        }
        return d.toBuilder().timeExpressions(out).build();
    }

    // ---------------------------------------------------------------- dates

    private Found date(List<Token> t, int i, int limit, LocalDate published, boolean future) {
        int k = i;
        // «صباح/مساء/ظهر/فجر» and «يوم» lead into the date but add nothing
        while (k < limit && isLeadWord(t.get(k).norm())) {
            k++;
        }
        if (k >= limit) {
            return null;
        }
        Integer weekday = lex.weekday(t.get(k).norm());
        int afterWeekday = weekday != null ? skipComma(t, k + 1, limit) : k;
        Found abs = absolute(t, afterWeekday, limit, published);
        if (abs != null) {
            return abs;
        }
        if (weekday != null && k == i && !t.get(k).norm().startsWith("ال")) {
            return null; // «أحد» (one), not «الأحد»
        }
        String w = t.get(k).norm();
        if (published == null) {
            return null;
        }
        if (w.equals("امس")) {
            int end = k + 1;
            int offset = -1;
            if (end < limit && t.get(end).norm().equals("الاول")) {
                offset = -2;
                end++;
            }
            if (end < limit && lex.weekday(t.get(end).norm()) != null) {
                end++;
            }
            return new Found(end, published.plusDays(offset).toString(), "relative", false);
        }
        if (w.equals("غدا") || w.equals("غد") && k > i) {
            int end = k + 1;
            if (end < limit && lex.weekday(t.get(end).norm()) != null) {
                end++;
            }
            return new Found(end, published.plusDays(1).toString(), "relative", false);
        }
        if (w.equals("بعد") && k + 1 < limit && t.get(k + 1).norm().equals("غد")) {
            return new Found(k + 2, published.plusDays(2).toString(), "relative", false);
        }
        if (w.equals("اليوم") && (k > i || k + 1 < limit && lex.weekday(t.get(k + 1).norm()) != null)) {
            int end = k + 1 < limit && lex.weekday(t.get(k + 1).norm()) != null ? k + 2 : k + 1;
            return new Found(end, published.toString(), "relative", false);
        }
        if ((w.equals("منذ") || w.equals("قبل")) && k + 1 < limit) {
            int[] n = daysCount(t, k + 1, limit);
            if (n != null) {
                return new Found(n[1], published.minusDays(n[0]).toString(), "relative", false);
            }
        }
        if (weekday != null) {
            int end = k + 1;
            String after = end < limit ? t.get(end).norm() : "";
            DayOfWeek dow = DayOfWeek.of(weekday);
            LocalDate v;
            if (after.equals("الماضي") || after.equals("الفايت")) {
                v = published.with(TemporalAdjusters.previous(dow));
                end++;
            } else if (after.equals("المقبل") || after.equals("القادم")) {
                v = published.with(TemporalAdjusters.next(dow));
                end++;
            } else {
                v = future ? published.with(TemporalAdjusters.nextOrSame(dow))
                        : published.with(TemporalAdjusters.previousOrSame(dow));
            }
            return new Found(end, v.toString(), "relative", false);
        }
        return null;
    }

    private static boolean isLeadWord(String n) {
        return n.equals("صباح") || n.equals("مساء") || n.equals("ظهر") || n.equals("فجر") || n.equals("ليل")
                || n.equals("ليله") || n.equals("عصر") || n.equals("يوم");
    }

    private static int skipComma(List<Token> t, int k, int limit) {
        return k < limit && (t.get(k).text().equals("،") || t.get(k).text().equals(",")) ? k + 1 : k;
    }

    /** DAY [من] MONTH [/MONTH | (MONTH)] [YEAR [هـ|م]] or D/M/Y. */
    private Found absolute(List<Token> t, int k, int limit, LocalDate published) {
        int[] day = dayOfMonth(t, k, limit);
        if (day == null) {
            return numeric(t, k, limit);
        }
        int m = day[1];
        if (m < limit && t.get(m).normWord().equals("من")) {
            m++;
        }
        PhraseIndex.Match<Lexicon.Month> month = m < limit ? lex.months().longestAt(t, m, limit) : null;
        if (month == null || t.get(m).hasPrefix() && !t.get(m).prefix().equals("ب")) {
            return null;
        }
        int end = month.end();
        // «آب/أغسطس», «مارس (آذار)»: the second name repeats the month
        if (end + 1 < limit && t.get(end).text().equals("/") && lex.months().longestAt(t, end + 1, limit) != null) {
            end = lex.months().longestAt(t, end + 1, limit).end();
        } else if (end + 2 < limit && t.get(end).text().equals("(") && lex.months().longestAt(t, end + 1, limit) != null) {
            int e2 = lex.months().longestAt(t, end + 1, limit).end();
            end = e2 < limit && t.get(e2).text().equals(")") ? e2 + 1 : e2;
        }
        Integer year = null;
        boolean hijriMark = false;
        if (end < limit && t.get(end).kind() == Token.Kind.NUMBER && t.get(end).norm().matches("\\d{4}")) {
            year = Integer.parseInt(t.get(end).norm());
            end++;
            if (end < limit && (t.get(end).normWord().equals("ه") || t.get(end).normWord().equals("للهجره")
                    || t.get(end).normWord().equals("هجريه"))) {
                hijriMark = true;
                end++;
                if (end < limit && t.get(end).text().equals(".") && t.get(end - 1).text().length() == 1) {
                    end++;
                }
            } else if (end < limit && (t.get(end).normWord().equals("م") || t.get(end).normWord().equals("ميلاديه"))) {
                end++;
            }
        }
        boolean hijri = month.value().hijri() || hijriMark;
        try {
            LocalDate v;
            if (hijri) {
                int y = year != null ? year : published != null ? CalendarConversion.hijriYear(published) : -1;
                if (y < 0) {
                    return null;
                }
                v = CalendarConversion.fromHijri(y, month.value().number(), day[0]);
                if (year == null && published != null && v.isAfter(published.plusMonths(6))) {
                    v = CalendarConversion.fromHijri(y - 1, month.value().number(), day[0]);
                }
            } else if (year != null) {
                v = LocalDate.of(year, month.value().number(), day[0]);
            } else if (published != null) {
                v = nearest(published, month.value().number(), day[0]);
            } else {
                return null;
            }
            return new Found(end, v.toString(), hijri ? "hijri" : "gregorian", false);
        } catch (DateTimeException e) {
            return null; // «31 شباط»: not a date
        }
    }

    /** D/M/Y or Y-M-D written with digits. */
    private static Found numeric(List<Token> t, int k, int limit) {
        if (k + 4 >= limit || t.get(k).kind() != Token.Kind.NUMBER) {
            return null;
        }
        String sep = t.get(k + 1).text();
        if (!(sep.equals("/") || sep.equals("-")) || !t.get(k + 3).text().equals(sep)
                || t.get(k + 2).kind() != Token.Kind.NUMBER || t.get(k + 4).kind() != Token.Kind.NUMBER) {
            return null;
        }
        try {
            int a = Integer.parseInt(t.get(k).norm());
            int b = Integer.parseInt(t.get(k + 2).norm());
            int c = Integer.parseInt(t.get(k + 4).norm());
            LocalDate v = a > 1900 ? LocalDate.of(a, b, c) : c > 1900 ? LocalDate.of(c, b, a) : null;
            return v == null ? null : new Found(k + 5, v.toString(), "gregorian", false);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A day of the month at k: digits, or ordinal words («الخامس عشر», «الحادي والعشرين»). Returns {day, end}. */
    private int[] dayOfMonth(List<Token> t, int k, int limit) {
        if (k >= limit) {
            return null;
        }
        Token tok = t.get(k);
        if (tok.kind() == Token.Kind.NUMBER && tok.norm().matches("\\d{1,2}")) {
            int v = Integer.parseInt(tok.norm());
            return v >= 1 && v <= 31 ? new int[] {v, k + 1} : null;
        }
        PhraseIndex.Match<Lexicon.NumberWord> w = lex.numbers().longestAt(t, k, limit);
        if (w == null || tok.hasPrefix() || !(w.value().kind().equals("ordinal") || w.value().kind().equals("unit"))) {
            return null;
        }
        int v = w.value().value();
        int end = w.end();
        if (end < limit && (t.get(end).normWord().equals("عشر") || t.get(end).normWord().equals("عشره")) && v < 10) {
            return new int[] {v + 10, end + 1};
        }
        if (end < limit && t.get(end).prefix().equals("و")) {
            Lexicon.NumberWord tens = lex.numbers().get(t.get(end).norm());
            if (tens != null && tens.value() % 10 == 0 && tens.value() <= 30) {
                return new int[] {v + tens.value(), end + 1};
            }
        }
        return w.value().kind().equals("ordinal") ? new int[] {v, end} : null;
    }

    /** «يومين», «ثلاثة أيام», «3 أيام» at k: {days, end}. */
    private int[] daysCount(List<Token> t, int k, int limit) {
        Lexicon.DurationUnit u = lex.durationUnit(t.get(k).norm());
        if (u != null && u.iso().equals("D") && u.count() > 0) {
            return new int[] {u.count(), k + 1};
        }
        Integer n = number(t, k, limit);
        if (n != null && k + 1 < limit) {
            Lexicon.DurationUnit u2 = lex.durationUnit(t.get(k + 1).norm());
            if (u2 != null && u2.iso().equals("D") && n <= 31) {
                return new int[] {n, k + 2};
            }
        }
        return null;
    }

    private Integer number(List<Token> t, int k, int limit) {
        Token tok = t.get(k);
        if (tok.kind() == Token.Kind.NUMBER && tok.norm().matches("\\d{1,4}")) {
            return Integer.parseInt(tok.norm());
        }
        Lexicon.NumberWord w = lex.numbers().get(tok.norm());
        return w != null && w.kind().equals("cardinal") ? w.value() : null;
    }

    private static LocalDate nearest(LocalDate published, int month, int day) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            try {
                LocalDate c = LocalDate.of(y, month, day);
                if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = c;
                }
            } catch (DateTimeException e) {
                // 29 February of a common year
            }
        }
        if (best == null) {
            throw new DateTimeException("no such day");
        }
        return best;
    }

    /** Future marked in the sentence («المقبل», «سوف», «سـ» verbs): a bare weekday then means the next one. */
    private static boolean mentionsFuture(List<Token> t, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String n = t.get(i).normWord();
            if (n.equals("المقبل") || n.equals("المقبله") || n.equals("القادم") || n.equals("القادمه") || n.equals("سوف")
                    || n.equals("ستعقد") || n.equals("سيعقد") || n.equals("ستنطلق") || n.equals("ستبدا") || n.equals("سيبدا")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- durations

    private Found duration(List<Token> t, int k, int limit) {
        int[] parts = new int[7]; // Y M W D H Min S
        boolean any = false;
        int end = k;
        int j = k;
        while (j < limit) {
            int start = j;
            if (j > k) {
                if (!(t.get(j).normWord().equals("و") || t.get(j).prefix().equals("و"))) {
                    break;
                }
                if (t.get(j).normWord().equals("و")) {
                    j++;
                }
            }
            if (j >= limit) {
                break;
            }
            Integer n = number(t, j, limit);
            int u = n != null ? j + 1 : j;
            if (u >= limit) {
                break;
            }
            Lexicon.DurationUnit unit = lex.durationUnit(t.get(u).norm());
            if (unit == null && n == null && t.get(u).norm().equals("نصف") && any) {
                addHalf(parts);
                end = u + 1;
                j = end;
                continue;
            }
            if (unit == null || (n == null && unit.count() == 0)) {
                j = start;
                break;
            }
            int value = n != null ? n : unit.count();
            parts[slot(unit.iso())] += value;
            any = true;
            end = u + 1;
            j = end;
        }
        return any ? new Found(end, iso(parts), "duration", true) : null;
    }

    private static void addHalf(int[] parts) {
        if (parts[4] > 0) {
            parts[5] += 30;
        } else if (parts[3] > 0) {
            parts[4] += 12;
        }
    }

    private static int slot(String iso) {
        switch (iso) {
            case "Y": return 0;
            case "M": return 1;
            case "W": return 2;
            case "D": return 3;
            case "TH": return 4;
            case "TM": return 5;
            default: return 6;
        }
    }

    static String iso(int[] p) {
        StringBuilder s = new StringBuilder("P");
        if (p[0] > 0) s.append(p[0]).append('Y');
        if (p[1] > 0) s.append(p[1]).append('M');
        if (p[2] > 0) s.append(p[2]).append('W');
        if (p[3] > 0) s.append(p[3]).append('D');
        if (p[4] > 0 || p[5] > 0 || p[6] > 0) {
            s.append('T');
            if (p[4] > 0) s.append(p[4]).append('H');
            if (p[5] > 0) s.append(p[5]).append('M');
            if (p[6] > 0) s.append(p[6]).append('S');
        }
        return s.toString();
    }
}
