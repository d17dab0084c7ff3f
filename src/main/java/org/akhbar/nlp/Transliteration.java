package org.akhbar.nlp;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Latin renderings of Arabic names for entities the gazetteer does not know: an English-facing
 * label and an ASCII slug for IRIs. ICU4J transliteration with Akhbar's rules, tuned for names in
 * news: long vowels become vowels between consonants («بوتين» → Butin, «فلاديمير» → Fladimir), و and
 * ي stay w and y elsewhere, the article becomes «Al-», ة and ى become a.
 */
public final class Transliteration {
    private static final String RULES = String.join("\n",
            // before-contexts see text already transliterated, hence the Latin consonants too
            "$cons = [بتثجحخدذرزسشصضطظعغفقكلمنهپچگڤ b-d f-h j-n p-t v x z] ;",
            "[\\u064B-\\u065F\\u0670\\u0640] → ;",
            "^ ال → al\\- ;",
            "^ ع → a ;", // «عون» Awn, «عبد» Abd, «علي» Ali: a name's first letter is never dropped
            "ة → a ;", "ى → a ;", "آ → a ;", "أ → a ;", "إ → i ;", "ٱ → a ;",
            "ؤ → ;", "ئ → ;", "ء → ;",
            "ا → a ;",
            "$cons { و } $cons → u ;",
            "$cons { و } $ → u ;",
            "$cons { يي → iy ;",
            "$cons { ي } $cons → i ;",
            "$cons { ي } $ → i ;",
            "و → w ;",
            "ي → y ;",
            "ب → b ;", "ت → t ;", "ث → th ;", "ج → j ;", "ح → h ;", "خ → kh ;", "د → d ;", "ذ → dh ;",
            "ر → r ;", "ز → z ;", "س → s ;", "ش → sh ;", "ص → s ;", "ض → d ;", "ط → t ;", "ظ → z ;",
            "ع → ;", "غ → gh ;", "ف → f ;", "ق → q ;", "ك → k ;", "ل → l ;", "م → m ;", "ن → n ;", "ه → h ;",
            "پ → p ;", "چ → ch ;", "گ → g ;", "ڤ → v ;",
            "[٠-٩] → ;");
    private static final ThreadLocal<Transliterator> NAMES =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("akhbar-names", RULES, Transliterator.FORWARD));
    private static final ThreadLocal<Transliterator> ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Transliteration() {}

    /** Title-cased Latin name, e.g. «كيريل دميترييف» → "Kiril Dmitriyf", «خالد المنصوري» → "Khald Al-Mansuri". */
    public static String toLatin(String arabic) {
        StringBuilder out = new StringBuilder();
        for (String word : arabic.trim().split("\\s+")) {
            String w = latinWord(word);
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(capitalize(w));
        }
        return out.toString();
    }

    private static String latinWord(String word) {
        String w = NAMES.get().transliterate(word);
        w = ASCII.get().transliterate(w); // digits and anything else the rules left alone
        return w.replaceAll("[^A-Za-z0-9\\-']", "").replaceAll("^-+|-+$", "");
    }

    private static String capitalize(String w) {
        StringBuilder s = new StringBuilder(w.toLowerCase(Locale.ROOT));
        boolean up = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (up && Character.isLetter(c)) {
                s.setCharAt(i, Character.toUpperCase(c));
                up = false;
            } else if (c == '-') {
                up = true;
            }
        }
        return s.toString();
    }

    /** Lower-case ASCII slug for IRIs, e.g. «كيريل دميترييف» → "kiril-dmitriyf". */
    public static String slug(String arabic) {
        String key = ArabicNormalizer.key(arabic);
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            out.append(latinWord(word).toLowerCase(Locale.ROOT).replace("-", "")).append('-');
        }
        String s = out.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" + Integer.toHexString(key.hashCode()) : s;
    }
}
