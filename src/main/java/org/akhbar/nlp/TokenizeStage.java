package org.akhbar.nlp;

import java.util.Set;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.Lexicon;

/** Tokenizes with clitic separation; a word is "known" if the lexicon, gazetteer or corpus has it. */
public final class TokenizeStage extends BaseStage {
    private final ArabicTokenizer tokenizer;

    public TokenizeStage(Lexicon lexicon, Gazetteer gazetteer, Vocabulary vocabulary) {
        super("tokenize", Set.of(Layer.TEXT), Set.of(Layer.TOKENS));
        this.tokenizer = new ArabicTokenizer(w -> lexicon.knowsWord(w) || lexicon.isCommonWord(w)
                || gazetteer.knowsNameWord(w) || vocabulary.contains(w),
                // «ك» goes only before an ordinary word, never a verb: «كلارا» is a name, not ك + the
                // name «لارا»; «كنوت» is not ك + «نوت»
                // nor before a name, except a known place («كفاس والقنيطرة»: like Fez and Kenitra)
                w -> (lexicon.knowsWord(w) || lexicon.isCommonWord(w)
                        || vocabulary.isCommonWord(w) && gazetteer.firstName(w) == null)
                        && !"verb".equals(lexicon.partOfSpeech(w)) || isPlace(gazetteer, w),
                w -> gazetteer.firstName(w) != null,
                // after an honorific comes a name: «الشيخة بدور» is not «ب» + «دور»
                w -> {
                    Lexicon.Title t = lexicon.titles().get(w);
                    return t != null && t.kind().equals("honorific");
                },
                w -> gazetteer.knowsNameWord(w) && !lexicon.isCommonWord(w) && !lexicon.knowsWord(w)
                        && !vocabulary.isCommonWord(w) && gazetteer.firstName(w) == null);
    }

    private static boolean isPlace(Gazetteer gazetteer, String w) {
        org.akhbar.lexicon.GazetteerEntry e = w.length() >= 3 ? gazetteer.lookup(w) : null;
        return e != null && e.type() == EntityType.PLACE;
    }

    @Override
    public NewsDocument apply(NewsDocument d) {
        return d.toBuilder().tokens(tokenizer.tokenize(d.text())).build();
    }
}
