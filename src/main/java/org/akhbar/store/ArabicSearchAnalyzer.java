package org.akhbar.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzer of Akhbar's full-text index, for every language tag (so «ar-EG» is analyzed like
 * «ar»): Lucene's Arabic normalization (hamza forms, alef maqsura, taa marbuta, diacritics, tatweel)
 * and light stemmer, Arabic-Indic digits folded, and — because Lucene's stemmer leaves the
 * prepositions ب ل ك alone — each word also indexed without a leading proclitic, so «موسكو» finds
 * «بموسكو». The same analyzer reads queries.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new DecimalDigitFilter(s);
        s = new ArabicNormalizationFilter(s);
        s = new ProcliticFilter(s);
        s = new ArabicStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    /** Adds, at the same position, the word without a leading و ف ب ل ك (or two of them). */
    static final class ProcliticFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private String pending;

        ProcliticFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                term.setEmpty().append(pending);
                posInc.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String w = term.toString();
            pending = strip(w);
            return true;
        }

        static String strip(String w) {
            int n = 0;
            while (n < 2 && n < w.length() && "وفبلك".indexOf(w.charAt(n)) >= 0) {
                n++;
            }
            // «لل» is ل + the article: strip one letter only, the stemmer then removes «ال»
            if (n == 2 && w.startsWith("لل")) {
                n = 1;
            }
            return n > 0 && w.length() - n >= 3 ? w.substring(n) : null;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }
}
