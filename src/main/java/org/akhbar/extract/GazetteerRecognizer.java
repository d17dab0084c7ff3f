package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.lexicon.Gazetteer;
import org.akhbar.lexicon.GazetteerEntry;
import org.akhbar.lexicon.PhraseIndex;
import org.akhbar.nlp.Mention;
import org.akhbar.nlp.NewsDocument;
import org.akhbar.nlp.Sentence;
import org.akhbar.nlp.Token;

/** Longest-match lookup of gazetteer names (with their spelling variants) over the tokens. */
public final class GazetteerRecognizer implements EntityRecognizer {
    private static final java.util.regex.Pattern DIACRITICS = java.util.regex.Pattern.compile("[\u064B-\u0652\u0640]");
    private static final java.util.regex.Pattern HAMZA_ALEF = java.util.regex.Pattern.compile("[أإآ]");

    private static final java.util.Set<String> COMPETITION_WORDS = java.util.Set.of("امم", "ابطال", "كاس", "بطوله", "دوري");

    private final Gazetteer gazetteer;
    private final Words words;

    public GazetteerRecognizer(Gazetteer gazetteer, Words words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /** A definite adjective right after a name (not a nationality): «الدولي», «اليمنى», «الكبرى». */
    private boolean ownAdjective(Token next) {
        if (next.hasPrefix() || !next.isWord() || !next.norm().startsWith("ال") || words.isPlaceAdjective(next)
                || gazetteer.names().longestAt(List.of(next), 0, 1) != null) {
            return false;
        }
        return Words.looksLikeNisba(next) || "adj".equals(words.lexicon().partOfSpeech(next.norm()));
    }

    @Override
    public List<Mention> find(NewsDocument d, Sentence s) {
        List<Token> tokens = d.tokens();
        List<Mention> out = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Token t = tokens.get(i);
            PhraseIndex.Match<GazetteerEntry> m = t.isWord() ? gazetteer.names().longestAt(tokens, i, s.endToken()) : null;
            if (m == null) {
                i++;
                continue;
            }
            GazetteerEntry e = m.value();
            // a one-word name that is also a lexicon or common word («آب» the month vs «إب» the city)
            // and one that the corpus mostly uses as an ordinary word («بري», «الأسد», «الجزيرة» island)
            // and an adjective agreeing with the noun before it («الخليج العربية», «اللغة العربية»)
            boolean adjective = m.length() == 1 && Words.looksLikeNisba(t) && !t.hasPrefix() && i > s.firstToken()
                    && tokens.get(i - 1).isWord() && tokens.get(i - 1).norm().startsWith("ال")
                    && e.type() != org.akhbar.nlp.EntityType.PLACE;
            // «دعم مالي», «شركة ناشئة سعودية»: a bare name right after a noun, with nothing to introduce
            // it, is an adjective of that noun, not the country («في مالي», «ومالي» are the country)
            boolean attributive = m.length() == 1 && !t.hasPrefix() && !t.norm().startsWith("ال") && i > s.firstToken()
                    && tokens.get(i - 1).isWord() && !tokens.get(i - 1).norm().startsWith("ال")
                    && "noun".equals(words.lexicon().partOfSpeech(tokens.get(i - 1).norm()))
                    && (words.lexicon().isCommonWord(t.norm()) || Words.endsLikeAdjective(t));
            // «وأم العرائس» is not «وام» (WAM): a short name the text writes with a hamza it does not have
            String written = m.length() == 1 ? DIACRITICS.matcher(t.stem(d.text())).replaceAll("") : "";
            boolean otherHamza = m.length() == 1 && written.length() <= 4 && HAMZA_ALEF.matcher(written).find()
                    && !HAMZA_ALEF.matcher(m.phrase()).find();
            // «وقال غراندي مارلاسكا»: a known surname followed by another name part belongs to another
            // person's longer name
            boolean longerName = m.length() == 1 && e.type() == org.akhbar.nlp.EntityType.PERSON && m.end() < s.endToken()
                    && tokens.get(m.end()).kind() == Token.Kind.WORD && !tokens.get(m.end()).hasPrefix()
                    && words.canBeNamePart(tokens.get(m.end())) && !words.isCommonWord(tokens.get(m.end()))
                    && gazetteer.names().longestAt(tokens, m.end(), s.endToken()) == null;
            // «على الصعيد الدولي», «الضفة اليمنى»: a one-word name with an adjective of its own is the common noun
            // (not in «صادرات العراق النفطية», where the adjective goes with the noun before the name)
            boolean qualified = m.length() == 1 && t.norm().startsWith("ال") && m.end() < s.endToken()
                    && ownAdjective(tokens.get(m.end())) && (i == s.firstToken() || !tokens.get(i - 1).isWord()
                    || words.isStopword(tokens.get(i - 1)) || t.hasPrefix());
            // «كأس أمم أفريقيا», «دوري أبطال آسيا»: a continent inside a competition's name
            boolean competition = "Continent".equals(e.subtype()) && i > s.firstToken()
                    && COMPETITION_WORDS.contains(tokens.get(i - 1).normWord());
            if (adjective || attributive || otherHamza || longerName || qualified || competition || m.length() == 1 && (words.isLexiconWord(t) || words.lexicon().isCommonWord(t.norm())
                    || words.vocabulary().isCommonWord(t.norm()))) {
                i++;
                continue;
            }
            Mention mention = Mentions.of(d, m.start(), m.end(), e.type(), e.subtype(), Mention.Origin.GAZETTEER,
                    e.id(), 1.0);
            if (mention != null) {
                out.add(mention);
            }
            i = m.end();
        }
        return out;
    }
}
