package fi.huoltopolku.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Suggests themes for comments from the keyword lists of both languages, each keyword reduced to
 * its stems once ({@link CommentStems}); one suggester serves every comment of a request.
 *
 * <p>A Finnish keyword whose stem comes out shorter than the keyword's first {@value #GUARD} letters
 * (the stemmer cuts "ajallaan", on time, to "aja", the stem of "ajan", an appointment) matches only
 * where those letters also stand in the comment.
 *
 * <p>With a {@link ThemeModel} learned from tagged comments, the themes are taken from the likeliest
 * down. The likeliest is suggested when the model gives it at least {@value #FIRST_WITH_KEYWORD} and its
 * keywords matched, or at least {@value #FIRST_ALONE} without them; every further theme needs more, at
 * least {@value #WITH_KEYWORD} with its keywords or {@value #ALONE} from the model alone (words no list
 * holds, learned from people's tags): most comments speak to one theme, and a second one suggested
 * on weak evidence was the commonest wrong suggestion. A comment no theme reaches this for (plain
 * praise, a remark about the coffee) gets none.
 *
 * <p>A long comment often speaks to a second or third theme in a clause of its own ("the desk wrote
 * down everything I said, and it was all fixed, no need to come back"), which the whole comment's
 * likelihood dilutes: each clause (split at sentence ends, commas and joining words, {@link #clauses})
 * is also read alone, and its likeliest theme is added when the model gives it at least
 * {@value #CLAUSE} there with its keywords in the clause, or {@value #CLAUSE_ALONE} without. A
 * comment the model reads as speaking to no theme (its pseudo-theme {@link ThemeModel#NONE}, learned
 * from the comments people gave none: the coffee, the wifi, the parking) at {@value #NONE_AT} or more
 * gets none. The thresholds were chosen on the shipped labelled sets, each set scored by a model that
 * had not learned from it.
 */
final class ThemeSuggester implements AutoCloseable {

    /** The letters of a keyword a comment must hold when the keyword's stem is shorter. */
    static final int GUARD = 4;

    /** The model's least likelihood for the likeliest theme when its keywords matched. */
    static final double FIRST_WITH_KEYWORD = 0.10;

    /** The model's least likelihood for the likeliest theme when no keyword of it matched. */
    static final double FIRST_ALONE = 0.15;

    /** The model's least likelihood for a further theme whose keywords matched. */
    static final double WITH_KEYWORD = 0.35;

    /** The model's least likelihood for a further theme no keyword matched. */
    static final double ALONE = 0.35;

    /** The model's least likelihood for a clause's likeliest theme, its keywords matched in the clause. */
    static final double CLAUSE = 0.6;

    /** The model's least likelihood for a clause's likeliest theme no keyword of it matched in the clause. */
    static final double CLAUSE_ALONE = 0.7;

    /** The model's likelihood of no theme at which a comment gets none. */
    static final double NONE_AT = 0.4;

    private static final Pattern CLAUSE_END = Pattern.compile(
            "[.!?;:,]+|\\s+(?i:ja|mutta|mut|sit|sitten|eikä|and|but|also|then)\\s+");

    private record Keyword(String theme, List<String> stems, String guard) {
    }

    private record Language(String code, CommentStems comments, List<Keyword> keywords) {
    }

    private final List<Language> languages = new ArrayList<>();
    private final List<String> themeOrder;
    private final @Nullable ThemeModel model;
    private final Rules rules = Rules.SHIPPED;

    /**
     * {@code keywords}: per language, the "THEME:keyword" entries; {@code themeOrder}: the themes in
     * their order; {@code model}: learned from tagged comments with these lists, or null for the
     * keywords alone.
     */
    ThemeSuggester(Map<String, List<String>> keywords, List<String> themeOrder, @Nullable ThemeModel model) {
        this.themeOrder = themeOrder;
        this.model = model;
        keywords.forEach((language, entries) -> {
            List<String[]> pairs = entries.stream().map(entry -> {
                int colon = entry.indexOf(':');
                return new String[] {entry.substring(0, colon), entry.substring(colon + 1)};
            }).toList();
            List<Keyword> stemmed = new ArrayList<>();
            try (CommentStems plain = new CommentStems(language, List.of())) {
                pairs.forEach(pair -> stemmed.add(keyword(language, pair[0], pair[1], plain.of(pair[1]))));
            }
            List<String> compoundParts = pairs.stream().map(pair -> pair[1]).filter(k -> !k.contains(" ")).toList();
            languages.add(new Language(language, new CommentStems(language, compoundParts), stemmed));
        });
    }

    private static Keyword keyword(String language, String theme, String word, List<String> stems) {
        boolean cut = "fi".equals(language) && stems.size() == 1 && word.length() >= GUARD && stems.get(0).length() < GUARD;
        return new Keyword(theme, stems, cut ? word.substring(0, GUARD) : "");
    }

    /** The themes suggested for a comment, in the themes' order. */
    List<String> suggest(@Nullable String comment) {
        if (model == null || comment == null || comment.isBlank()) {
            return keywordThemes(comment);
        }
        return choose(read(comment), rules);
    }

    /** What the model reads in a comment: the whole of it and each of its clauses, with their keyword hits. */
    record Reading(Map<String, Double> whole, List<String> keywords, List<Map<String, Double>> clauses,
            List<List<String>> clauseKeywords) {
    }

    /** The thresholds of the choice (the shipped ones: {@link Rules#SHIPPED}). */
    record Rules(double withKeyword, double alone, double clause, double clauseAlone, double none) {
        static final Rules SHIPPED = new Rules(WITH_KEYWORD, ALONE, CLAUSE, CLAUSE_ALONE, NONE_AT);
    }

    /** Reads a comment with the model (not null here). */
    Reading read(String comment) {
        List<String> keywords = keywordThemes(comment);
        Map<String, Double> whole = Objects.requireNonNull(model).likelihoods(comment, keywords);
        List<Map<String, Double>> clauses = new ArrayList<>();
        List<List<String>> clauseKeywords = new ArrayList<>();
        List<String> parts = clauses(comment);
        if (parts.size() > 1) {
            for (String part : parts) {
                List<String> hits = keywordThemes(part);
                clauseKeywords.add(hits);
                clauses.add(model.likelihoods(part, hits));
            }
        }
        return new Reading(whole, keywords, clauses, clauseKeywords);
    }

    /** The themes chosen for a reading under the rules, in the themes' order. */
    List<String> choose(Reading reading, Rules rules) {
        Map<String, Double> likelihood = reading.whole();
        if (likelihood.getOrDefault(ThemeModel.NONE, 0.0) >= rules.none()) {
            return List.of();
        }
        List<String> keywords = reading.keywords();
        Set<String> chosen = new LinkedHashSet<>();
        themeOrder.stream().sorted(Comparator.comparingDouble(theme -> -likelihood.getOrDefault(theme, 0.0))).forEach(theme -> {
            boolean first = chosen.isEmpty();
            double least = keywords.contains(theme) ? (first ? FIRST_WITH_KEYWORD : rules.withKeyword())
                    : (first ? FIRST_ALONE : rules.alone());
            if (likelihood.getOrDefault(theme, 0.0) >= least) {
                chosen.add(theme);
            }
        });
        for (int i = 0; i < reading.clauses().size(); i++) {
            Map<String, Double> clause = reading.clauses().get(i);
            String top = themeOrder.stream().max(Comparator.comparingDouble(theme -> clause.getOrDefault(theme, 0.0))).orElseThrow();
            double least = reading.clauseKeywords().get(i).contains(top) ? rules.clause() : rules.clauseAlone();
            if (clause.getOrDefault(top, 0.0) >= least && clause.getOrDefault(top, 0.0) > clause.getOrDefault(ThemeModel.NONE, 0.0)) {
                chosen.add(top);
            }
        }
        return themeOrder.stream().filter(chosen::contains).toList();
    }

    /** A comment's clauses: split at sentence ends, commas and the words that join clauses. */
    static List<String> clauses(String comment) {
        return Arrays.stream(CLAUSE_END.split(comment)).map(String::strip).filter(part -> part.split("\\s+").length >= 2).toList();
    }

    /** The themes whose keywords appear in the comment, in the themes' order. */
    List<String> keywordThemes(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Language language : languages) {
            List<String> stems = language.comments().of(comment);
            String text = comment.toLowerCase(Locale.ROOT);
            for (Keyword keyword : language.keywords()) {
                if (!found.contains(keyword.theme()) && text.contains(keyword.guard())
                        && CommentStems.contains(stems, keyword.stems(), language.code())) {
                    found.add(keyword.theme());
                }
            }
        }
        return themeOrder.stream().filter(found::contains).toList();
    }

    @Override
    public void close() {
        languages.forEach(language -> language.comments().close());
    }
}
