package org.akhbar.nlp;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Latin renderings of Arabic names for entities the gazetteer does not know: an English-facing
 * label («Kyryl Dmytryyf») and an ASCII slug for IRIs, both by ICU4J's Arabic-Latin transliterator.
 */
public final class Transliteration {
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

    private Transliteration() {}

    /** Title-cased Latin transliteration, e.g. «كيريل دميترييف» → "Kyryl Dmytryyf". */
    public static String toLatin(String arabic) {
        String latin = LATIN.get().transliterate(ArabicNormalizer.normalize(arabic)).replaceAll("[^A-Za-z0-9 \\-']", "");
        StringBuilder out = new StringBuilder();
        for (String w : latin.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Lower-case ASCII slug for IRIs, e.g. «كيريل دميترييف» → "kyryl-dmytryyf". */
    public static String slug(String arabic) {
        String s = LATIN.get().transliterate(ArabicNormalizer.key(arabic)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" + Integer.toHexString(arabic.hashCode()) : s;
    }
}
