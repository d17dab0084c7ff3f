package org.akhbar.extract;

import java.io.IOException;
import java.io.InputStream;
import org.akhbar.AkhbarException;
import org.akhbar.nlp.ArabicNormalizer;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Refuses text that is not Arabic. Two tests: most letters must be Arabic script, and the OpenNLP
 * language detector trained by the build on {@code data/langdetect} must say Arabic — the script
 * alone would let Persian and Urdu through.
 */
public final class LanguageCheck {
    public static final String MODEL_RESOURCE = "models/langdetect.bin";

    private final LanguageDetectorModel model;

    public LanguageCheck(LanguageDetectorModel model) {
        this.model = model;
    }

    public static LanguageCheck packaged() {
        try (InputStream in = LanguageCheck.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            return new LanguageCheck(in == null ? null : new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public void requireArabic(String where, String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long arabic = text.chars().filter(c -> ArabicNormalizer.isArabicLetter((char) c)).count();
        if (letters == 0 || arabic < letters * 0.6) {
            throw new AkhbarException.BadInput(where + ": not Arabic (" + (letters == 0 ? "no letters"
                    : Math.round(100.0 * arabic / letters) + "% of letters are Arabic script") + ")");
        }
        if (model != null) {
            String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
            Language best = new LanguageDetectorME(model).predictLanguage(sample);
            if (!best.getLang().equals("ara")) {
                throw new AkhbarException.BadInput(where + ": not Arabic (the language detector says '"
                        + best.getLang() + "')");
            }
        }
    }
}
