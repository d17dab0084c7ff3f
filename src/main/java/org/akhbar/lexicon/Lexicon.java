package org.akhbar.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.akhbar.nlp.ArabicNormalizer;
import org.akhbar.nlp.EntityType;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The language knowledge of the extractor: titles, reporting verbs, event triggers, calendar words,
 * entity head nouns, function words. All of it is read from {@code data/lexicon/*.tsv} (packaged
 * under {@code akhbar/lexicon/}); none of it names a particular person, place or organization.
 */
public final class Lexicon {
    /** A title; {@code scope} is "place" (held somewhere: envoys), "country" (a post of a state) or empty. */
    public record Title(String ar, String en, String kind, String scope) {
        public boolean isPost() {
            return kind.equals("post");
        }

        /** A title that is also an ordinary word: it marks a person only before a full name. */
        public boolean needsFullName() {
            return scope.equals("named");
        }

        /** A post held on behalf of a state: its holder's country is its jurisdiction unless one is written. */
        public boolean isOfState() {
            return scope.equals("country") || scope.equals("place");
        }
    }

    public record ReportingVerb(String lemma, String en, String formType) {
        public boolean isParticiple() {
            return formType.equals("participle");
        }
    }

    public record EventTrigger(String kind, String en, boolean occasionOnly) {}

    public record Month(int number, String system) {
        public boolean hijri() {
            return system.equals("hijri");
        }
    }

    public record NumberWord(int value, String kind) {}

    public record DurationUnit(String iso, int count) {}

    /**
     * A head noun; {@code institution}: before an ordinary definite genitive it names one institution
     * («ديوان المحاسبة»), where other heads make a common noun phrase («مركز العزل»).
     */
    public record Head(String ar, EntityType type, String subtype, boolean keep, String complement, boolean institution) {}

    public record GroupReference(int count, String head) {}

    private final PhraseIndex<Title> titles = new PhraseIndex<>(true);
    private final PhraseIndex<String> portfolios = new PhraseIndex<>(false);
    private final PhraseIndex<String> sectors = new PhraseIndex<>(false);
    private final Map<String, ReportingVerb> reportingVerbs = new HashMap<>();
    private final PhraseIndex<EventTrigger> events = new PhraseIndex<>(true);
    private final PhraseIndex<Month> months = new PhraseIndex<>(false);
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final PhraseIndex<NumberWord> numbers = new PhraseIndex<>(false);
    private final Map<String, DurationUnit> durations = new HashMap<>();
    private final Map<String, Head> heads = new HashMap<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Map<String, GroupReference> groups = new HashMap<>();
    private final java.util.Set<String> institutionAdjectives = new java.util.HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final PhraseIndex<Boolean> durationCues = new PhraseIndex<>(false);
    private final Set<String> participationVerbs = new HashSet<>();
    private final Map<String, String> common = new HashMap<>();
    private final Map<String, String> stopwordHamza = new HashMap<>();
    /** Initial hamza-alef forms (أ إ آ) with which each common word is written, when it starts with one. */
    private final Map<String, String> commonHamza = new HashMap<>();

    private static volatile Lexicon instance;

    /** The lexicon packaged with Akhbar, loaded once. */
    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = new Lexicon("akhbar/lexicon/");
                }
                l = instance;
            }
        }
        return l;
    }

    private Lexicon(String base) {
        for (Tsv.Row r : Tsv.resource(base + "titles.tsv")) {
            titles.put(r.get("ar"), new Title(r.get("ar"), r.get("en"), r.get("kind"), r.opt("scope")));
        }
        for (Tsv.Row r : Tsv.resource(base + "portfolios.tsv")) {
            portfolios.put(r.get("ar"), r.get("en"));
        }
        for (Tsv.Row r : Tsv.resource(base + "reporting-verbs.tsv")) {
            reportingVerbs.putIfAbsent(ArabicNormalizer.normalize(r.get("form")),
                    new ReportingVerb(r.get("lemma"), r.get("en"), r.get("form-type")));
        }
        for (Tsv.Row r : Tsv.resource(base + "events.tsv")) {
            events.put(r.get("ar"), new EventTrigger(r.get("kind"), r.get("en"), r.opt("when").equals("occasion")));
        }
        for (Tsv.Row r : Tsv.resource(base + "months.tsv")) {
            months.put(r.get("ar"), new Month(Integer.parseInt(r.get("month")), r.get("system")));
        }
        for (Tsv.Row r : Tsv.resource(base + "weekdays.tsv")) {
            weekdays.put(ArabicNormalizer.normalize(r.get("ar")), Integer.parseInt(r.get("day")));
        }
        for (Tsv.Row r : Tsv.resource(base + "numbers.tsv")) {
            numbers.put(r.get("ar"), new NumberWord(Integer.parseInt(r.get("value")), r.get("kind")));
        }
        for (Tsv.Row r : Tsv.resource(base + "durations.tsv")) {
            durations.put(ArabicNormalizer.normalize(r.get("ar")),
                    new DurationUnit(r.get("iso"), Integer.parseInt(r.get("count"))));
        }
        List<Head> headList = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource(base + "heads.tsv")) {
            Head h = new Head(r.get("ar"), EntityType.parse(r.get("type")), r.get("subtype"),
                    r.get("keep").equals("yes"), r.get("complement"),
                    r.opt("institution").equals("yes"));
            headList.add(h);
            heads.putIfAbsent(ArabicNormalizer.normalize(h.ar()), h);
        }
        // the definite form of a head («المديرية») only where the file does not list it itself
        for (Head h : headList) {
            String k = ArabicNormalizer.normalize(h.ar());
            if (!k.startsWith("ال")) {
                heads.putIfAbsent("ال" + k, h);
            }
        }
        for (Tsv.Row r : Tsv.resource(base + "stopwords.tsv")) {
            String sw = r.get("ar");
            stopwords.add(ArabicNormalizer.normalize(sw));
            stopwordHamza.merge(ArabicNormalizer.normalize(sw), initialAlef(sw), String::concat);
        }
        List<String> lucene = new ArrayList<>();
        for (Object o : ArabicAnalyzer.getDefaultStopSet()) {
            lucene.add(ArabicNormalizer.normalize(new String((char[]) o)));
        }
        stopwords.addAll(lucene);
        // Lucene lists clitic forms («وفي», «وما») as stop words; the tokenizer splits those itself.
        for (String w : lucene) {
            if ((w.startsWith("و") || w.startsWith("ف")) && stopwords.contains(w.substring(1))) {
                stopwords.remove(w);
            }
        }
        for (Tsv.Row r : Tsv.resource(base + "common-words.tsv")) {
            String ar = r.get("ar");
            String key = ArabicNormalizer.normalize(ar);
            common.putIfAbsent(key, r.get("pos"));
            commonHamza.merge(key, initialAlef(ar), String::concat);
        }
        for (Tsv.Row r : Tsv.resource(base + "sectors.tsv")) {
            sectors.put(r.get("ar"), r.get("en"));
        }
        for (Tsv.Row r : Tsv.resource(base + "institution-adjectives.tsv")) {
            institutionAdjectives.add(ArabicNormalizer.normalize(r.get("ar")));
        }
        for (Tsv.Row r : Tsv.resource(base + "participation-verbs.tsv")) {
            participationVerbs.add(ArabicNormalizer.normalize(r.get("ar")));
        }
        for (Tsv.Row r : Tsv.resource(base + "duration-cues.tsv")) {
            durationCues.put(r.get("ar"), Boolean.TRUE);
        }
        for (String f : new String[] {"titles", "portfolios", "events", "months", "weekdays", "numbers",
                "durations", "heads", "stopwords", "group-references", "participation-verbs", "duration-cues",
                "institution-adjectives"}) {
            for (Tsv.Row r : Tsv.resource(base + f + ".tsv")) {
                for (String w : ArabicNormalizer.key(r.get("ar")).split(" ")) {
                    words.add(w);
                }
            }
        }
        words.addAll(reportingVerbs.keySet());
        words.addAll(stopwords);
        for (Tsv.Row r : Tsv.resource(base + "group-references.tsv")) {
            groups.put(ArabicNormalizer.normalize(r.get("ar")),
                    new GroupReference(Integer.parseInt(r.get("count")), r.opt("head")));
        }
    }

    /** «العليا», «العامة», «الوطنية»: an adjective that makes a definite head the name of an institution. */
    public boolean isInstitutionAdjective(String norm) {
        return institutionAdjectives.contains(norm);
    }

    public PhraseIndex<Title> titles() { return titles; }
    public PhraseIndex<String> portfolios() { return portfolios; }
    /** Sectors a company's name may end with after «لـ» («للأوراق المالية»). */
    public PhraseIndex<String> sectors() { return sectors; }
    public PhraseIndex<EventTrigger> events() { return events; }
    public PhraseIndex<Month> months() { return months; }
    public PhraseIndex<NumberWord> numbers() { return numbers; }
    public PhraseIndex<Boolean> durationCues() { return durationCues; }

    /** The reporting verb a normalized word form is, or null. */
    public ReportingVerb reportingVerb(String norm) {
        return reportingVerbs.get(norm);
    }

    /** A frequent ordinary word of news Arabic (common-words.tsv): never a name, though a name may hold it. */
    public boolean isCommonWord(String norm) {
        return common.containsKey(norm);
    }

    /**
     * «إيدي» (Eddie) is not «أيدي» (hands): a word written with a hamza on its first alef that the
     * common word with its letters never has. Bare alef in either spelling proves nothing.
     */
    public boolean contradictsCommonHamza(String norm, String written) {
        return contradictsHamza(commonHamza.get(norm), written);
    }

    /** As {@link #contradictsCommonHamza} for the function words of stopwords.tsv («أنا» vs «آنا»). */
    public boolean contradictsStopwordHamza(String norm, String written) {
        return contradictsHamza(stopwordHamza.get(norm), written);
    }

    /** {@code forms}: the first letters the word's listed spellings have («-» for no alef). */
    private static boolean contradictsHamza(String forms, String written) {
        if (forms == null || written.isEmpty() || "أإآ".indexOf(written.charAt(0)) < 0) {
            return false;
        }
        return forms.indexOf(written.charAt(0)) < 0 && forms.indexOf('ا') < 0 && forms.indexOf('-') < 0;
    }

    /** The first letter of a spelling as {@link #contradictsHamza} reads it. */
    private static String initialAlef(String spelling) {
        return !spelling.isEmpty() && "أإآا".indexOf(spelling.charAt(0)) >= 0 ? spelling.substring(0, 1) : "-";
    }

    /** The part of speech of a common word (noun, verb, adj, adv, particle), or null. */
    public String partOfSpeech(String norm) {
        return common.get(norm);
    }

    public boolean isParticipationVerb(String norm) {
        return participationVerbs.contains(norm);
    }

    public Integer weekday(String norm) {
        return weekdays.get(norm);
    }

    public DurationUnit durationUnit(String norm) {
        return durations.get(norm);
    }

    public Head head(String norm) {
        return heads.get(norm);
    }

    public boolean isStopword(String norm) {
        return stopwords.contains(norm);
    }

    /** True if the normalized word is a word of some lexicon entry. */
    public boolean knowsWord(String norm) {
        return words.contains(norm) || norm.startsWith("ال") && norm.length() > 3 && words.contains(norm.substring(2));
    }

    public GroupReference groupReference(String norm) {
        return groups.get(norm);
    }
}
