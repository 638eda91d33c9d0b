package fi.huoltopolku.feedback;

import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme suggestions for customers' comments measured on labelled sets, each comment tagged by
 * hand. Precision: of the themes suggested, the share a person gave too; recall: of the themes a
 * person gave, the share suggested. Counted over (comment, theme) pairs.
 *
 * <p>Since the tagging also weighs a model learned from tagged comments ({@link ThemeModel}), and the
 * sets below ship as what it learns from, their figures are on learned comments (an upper
 * bound); what the model does on words it has not learned shows in
 * {@link #a_model_that_has_not_learned_a_set_still_tags_it_better_than_the_lists_alone()} (each set
 * scored by a model learned from the others) and, blind, on the third, fourth and fifth held-out sets (whose blind
 * figures stay here as floors; all have since been learned).
 *
 * <p>The project's own set (labelled-comments.tsv, 227 comments) grew together with the default
 * lists (V21, V27), so its figures are an upper bound; it is also measured against the earlier way
 * a competent engineer would write it (a keyword found as a substring of the comment). The held-out
 * set (heldout-comments.tsv, 80 comments) was written by someone else without seeing the lists and
 * read only after the V27 lists were committed: on it the frozen lists scored precision 0.77, recall
 * 0.83; the lists were then improved once more after looking at its misses, so its figures now are
 * no longer blind either. The latest run is kept in bench/comment-tagging.txt.
 */
@MicronautTest(startApplication = false)
class CommentTaggingTest {

    /**
     * What the lists reached blind on the second held-out set (0.81 / 0.74 on 7 December), held as a
     * floor so a change to the lists or the tagging that loses words shows; the issue's aim is 0.85 / 0.90.
     */
    static final double PRECISION_BLIND = 0.80;
    static final double RECALL_BLIND = 0.73;

    /** What the tagging with its model reached blind on the third held-out set (0.81 / 0.83 on 7 December). */
    static final double PRECISION_BLIND_3 = 0.80;
    static final double RECALL_BLIND_3 = 0.83;

    /** What the tagging, improved once on the third set, reached blind on the fourth (0.79 / 0.82, rounded down here). */
    static final double PRECISION_BLIND_4 = 0.78;
    static final double RECALL_BLIND_4 = 0.82;
    /** The fifth held-out set's blind figures (writer D, frozen 98ec995): precision 0.88 (106/120), recall 0.88 (106/120). */
    static final double PRECISION_BLIND_5 = 0.88;
    static final double RECALL_BLIND_5 = 0.88;

    /** All nine sets, each scored by a model learned from the others, when frozen before the sixth held-out set. */
    static final double PRECISION_UNSEEN = 0.88;
    static final double RECALL_UNSEEN = 0.91;

    @Inject FeedbackService feedback;
    @Inject ThemeService themes;

    record Labelled(String language, Set<String> themes, String comment) {
    }

    record Score(long truePositives, long suggested, long labelled) {
        double precision() {
            return (double) truePositives / suggested;
        }

        double recall() {
            return (double) truePositives / labelled;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.2f (%d of %d suggested), recall %.2f (%d of %d labelled), F1 %.2f",
                    precision(), truePositives, suggested, recall(), truePositives, labelled, f1());
        }
    }

    private static List<Labelled> labelled(String file) throws IOException {
        try (InputStream in = CommentTaggingTest.class.getResourceAsStream("/feedback/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
                        String[] f = line.split("\t", 3);
                        return new Labelled(f[0], "-".equals(f[1]) ? Set.of() : Set.of(f[1].split(",")), f[2]);
                    }).toList();
        }
    }

    private static Score score(List<Labelled> set, Function<String, List<String>> suggest) {
        long hits = 0;
        long suggested = 0;
        long labelled = 0;
        for (Labelled l : set) {
            Set<String> found = new HashSet<>(suggest.apply(l.comment()));
            suggested += found.size();
            labelled += l.themes().size();
            found.retainAll(l.themes());
            hits += found.size();
        }
        return new Score(hits, suggested, labelled);
    }

    /** The earlier matching: a keyword, lower-cased, found anywhere in the lower-cased comment. */
    private List<String> substring(String comment) {
        String text = comment.toLowerCase(Locale.ROOT);
        return themes.all().stream().map(Theme::code).filter(code -> Arrays.asList("fi", "en").stream()
                .anyMatch(language -> feedback.keywords(code, language).stream().anyMatch(text::contains))).toList();
    }

    private String report(String name, List<Labelled> set) {
        StringBuilder out = new StringBuilder();
        for (Labelled l : set) {
            Set<String> found = new HashSet<>(feedback.suggest(l.comment()));
            if (!found.equals(l.themes())) {
                out.append("  differs: ").append(l.comment()).append(" → suggested ").append(found)
                        .append(", labelled ").append(l.themes()).append('\n');
            }
        }
        return out + name + " (" + set.size() + " comments):\n  stems:      " + score(set, feedback::suggest)
                + "\n    Finnish:  " + score(only(set, "fi"), feedback::suggest)
                + "\n    English:  " + score(only(set, "en"), feedback::suggest);
    }

    private static List<Labelled> only(List<Labelled> set, String language) {
        return set.stream().filter(l -> l.language().equals(language)).toList();
    }

    @Test
    void stems_suggest_the_themes_people_give_better_than_substrings() throws IOException {
        List<Labelled> set = labelled("labelled-comments.tsv");
        assertThat(set).hasSizeGreaterThanOrEqualTo(200);
        assertThat(only(set, "fi")).hasSizeGreaterThanOrEqualTo(150);
        Score stems = score(set, feedback::suggest);
        Score substrings = score(set, this::substring);
        System.out.println(report("The project's own set, labelled-comments.tsv", set) + "\n  substrings: " + substrings);
        assertThat(stems.precision()).as("stems: " + stems).isGreaterThanOrEqualTo(0.85);
        assertThat(stems.recall()).as("stems: " + stems).isGreaterThanOrEqualTo(0.90);
        assertThat(stems.f1()).as("stems " + stems + " against substrings " + substrings).isGreaterThan(substrings.f1());
    }

    @Test
    void on_comments_written_apart_from_the_lists_precision_is_at_least_85_and_recall_90_percent() throws IOException {
        List<Labelled> set = labelled("heldout-comments.tsv");
        assertThat(set).hasSize(80);
        assertThat(only(set, "fi")).hasSize(60);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The held-out set, heldout-comments.tsv", set));
        assertThat(stems.precision()).as("held-out: " + stems).isGreaterThanOrEqualTo(0.85);
        assertThat(stems.recall()).as("held-out: " + stems).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * The second held-out set, written after the lists were final and measured blind with the lists
     * alone (0.81 / 0.74, held as the floor). The model has since learned it, so its figures now are
     * no longer blind.
     */
    @Test
    void on_a_second_set_written_after_the_lists_were_final() throws IOException {
        List<Labelled> set = labelled("heldout2-comments.tsv");
        assertThat(set).hasSize(100);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The second held-out set, heldout2-comments.tsv (blind 0.81 / 0.74 with the lists alone, since learned)", set));
        assertThat(stems.precision()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(PRECISION_BLIND);
        assertThat(stems.recall()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(RECALL_BLIND);
    }

    /**
     * The third held-out set, written apart from the project and copied in only after the tagging
     * (lists, model, its comments and thresholds) was frozen and committed (88c676d); measured once,
     * blind: precision 0.81, recall 0.83, held here as the floor. The model then learned it (and 70
     * comments written after reading its misses), so its figures now are no longer blind.
     */
    @Test
    void on_a_third_set_written_apart_and_read_after_the_model_was_frozen() throws IOException {
        List<Labelled> set = labelled("heldout3-comments.tsv");
        assertThat(set).hasSize(100);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The third held-out set, heldout3-comments.tsv (blind 0.81 / 0.83, since learned)", set));
        assertThat(stems.precision()).as("held-out: " + stems).isGreaterThanOrEqualTo(PRECISION_BLIND_3);
        assertThat(stems.recall()).as("held-out: " + stems).isGreaterThanOrEqualTo(RECALL_BLIND_3);
    }

    /**
     * The fourth held-out set, by the third set's writer, copied in only after the tagging was improved
     * once on the third set, frozen and committed (dc4a0fd); measured once, blind: precision 0.79 (94 of
     * 119), recall 0.82 (94 of 114), held here as the floor. The model has since learned it (with the
     * fourth labelled set, before the fifth held-out set was read), so its figures now are no longer blind.
     */
    @Test
    void on_a_fourth_set_read_after_the_tagging_was_final_blind() throws IOException {
        List<Labelled> set = labelled("heldout4-comments.tsv");
        assertThat(set).hasSize(100);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The fourth held-out set, heldout4-comments.tsv (blind 0.79 / 0.82, since learned)", set));
        assertThat(stems.precision()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(PRECISION_BLIND_4);
        assertThat(stems.recall()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(RECALL_BLIND_4);
    }

    /**
     * The fifth held-out set, by a writer who never saw the project (writer D), copied in only after
     * the tagging was frozen and committed (98ec995); measured once, blind: precision 0.88 (106 of
     * 120), recall 0.88 (106 of 120) — Finnish 0.91 / 0.89, English 0.82 / 0.86 — held as the floor.
     * The model has since learned it (with clause-by-clause reading and the no-theme pseudo-theme, before
     * the sixth held-out set was read), so its figures now are no longer blind.
     */
    @Test
    void on_a_fifth_set_by_a_new_writer_read_after_the_tagging_was_frozen() throws IOException {
        List<Labelled> set = labelled("heldout5-comments.tsv");
        assertThat(set).hasSize(100);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The fifth held-out set, heldout5-comments.tsv (blind 0.88 / 0.88, since learned)", set));
        assertThat(stems.precision()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(PRECISION_BLIND_5);
        assertThat(stems.recall()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(RECALL_BLIND_5);
    }

    /**
     * The sixth held-out set, by another writer who never saw the project (writer E), copied in only
     * after the tagging was improved once on the fifth set, frozen and committed (e861813); measured once,
     * blind: precision 0.89 (116 of 130), recall 0.97 (116 of 120) — Finnish 0.88 / 0.98, English 0.92 / 0.95 —
     * the aim of issue 26 (0.85 / 0.90) met on text never seen; held here as the floor.
     */
    @Test
    void on_a_sixth_set_by_another_new_writer_read_after_the_tagging_was_frozen() throws IOException {
        List<Labelled> set = labelled("heldout6-comments.tsv");
        assertThat(set).hasSize(100);
        Score stems = score(set, feedback::suggest);
        System.out.println(report("The sixth held-out set, heldout6-comments.tsv (blind 0.89 / 0.97, writer E)", set));
        assertThat(stems.precision()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(0.85);
        assertThat(stems.recall()).as("blind held-out: " + stems).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Each shipped set scored by a model learned from the others (another writer's words, as a
     * workshop's would be), against the keyword lists alone on the second held-out set, the one set
     * the lists never saw; and all sets together, each scored so, at least at what they reached when
     * the tagging was frozen before the sixth held-out set (precision {@value #PRECISION_UNSEEN}, recall
     * {@value #RECALL_UNSEEN}, rounded down).
     */
    @Test
    void a_model_that_has_not_learned_a_set_still_tags_it_better_than_the_lists_alone() throws IOException {
        List<String> order = themes.all().stream().map(Theme::code).toList();
        Map<String, List<String>> keywords = new HashMap<>();
        for (String language : List.of("fi", "en")) {
            keywords.put(language, order.stream().flatMap(code -> feedback.keywords(code, language).stream().map(k -> code + ":" + k)).toList());
        }
        Map<String, List<Labelled>> sets = new LinkedHashMap<>();
        for (String file : List.of("labelled-comments.tsv", "labelled2-comments.tsv", "labelled3-comments.tsv",
                "labelled4-comments.tsv", "heldout-comments.tsv", "heldout2-comments.tsv", "heldout3-comments.tsv",
                "heldout4-comments.tsv", "heldout5-comments.tsv")) {
            sets.put(file, labelled(file));
        }
        StringBuilder out = new StringBuilder("Each set scored by a model learned from the others:");
        Score lists = null;
        Score unseen = null;
        long[] pooled = new long[3];
        try (ThemeSuggester plain = new ThemeSuggester(keywords, order, null)) {
            for (String file : sets.keySet()) {
                List<ThemeModel.Example> others = sets.entrySet().stream().filter(e -> !e.getKey().equals(file))
                        .flatMap(e -> e.getValue().stream()).map(l -> new ThemeModel.Example(l.comment(), l.themes())).toList();
                ThemeModel model = ThemeModel.learn(others, order, plain::keywordThemes);
                try (ThemeSuggester both = new ThemeSuggester(keywords, order, model)) {
                    List<Labelled> set = sets.get(file);
                    Score score = score(set, both::suggest);
                    pooled[0] += score.truePositives();
                    pooled[1] += score.suggested();
                    pooled[2] += score.labelled();
                    out.append("\n  ").append(file).append(": ").append(score);
                    for (String language : List.of("fi", "en")) {
                        if (only(set, language).stream().anyMatch(l -> !l.themes().isEmpty())) {
                            out.append("\n    ").append(language).append(": ").append(score(only(set, language), both::suggest));
                        }
                    }
                    if (file.startsWith("heldout2")) {
                        unseen = score;
                        lists = score(set, plain::suggest);
                        out.append("\n    the lists alone: ").append(lists);
                    }
                }
            }
        }
        Score all = new Score(pooled[0], pooled[1], pooled[2]);
        out.append("\n  all sets, each so: ").append(all);
        for (String file : List.of("labelled2-comments.tsv", "labelled3-comments.tsv", "labelled4-comments.tsv", "heldout4-comments.tsv",
                "heldout5-comments.tsv")) {
            out.append("\nLearned by the shipped model, ").append(file).append(": ").append(score(sets.get(file), feedback::suggest));
        }
        System.out.println(out);
        assertThat(unseen.f1()).as(out.toString()).isGreaterThan(lists.f1());
        assertThat(unseen.precision()).as(out.toString()).isGreaterThan(lists.precision());
        assertThat(all.precision()).as(out.toString()).isGreaterThanOrEqualTo(PRECISION_UNSEEN);
        assertThat(all.recall()).as(out.toString()).isGreaterThanOrEqualTo(RECALL_UNSEEN);
    }

    @Test
    void inflected_finnish_forms_and_compounds_find_their_keyword() {
        for (String comment : List.of("Lasku oli epäselvä", "Laskun rivit", "Laskussa virhe", "Laskutus kahdesti",
                "Hinnan olisi voinut kertoa", "Loppulasku yllätti")) {
            assertThat(feedback.suggest(comment)).as(comment).contains("HANDOVER");
        }
        assertThat(feedback.suggest("Autopesu tehtiin")).contains("CARE");
        // Not a theme just because a keyword hides inside an unrelated English word.
        assertThat(feedback.suggest("I already recommended you")).doesNotContain("TIMELINESS");
        assertThat(feedback.suggest("Great chocolate")).doesNotContain("TIMELINESS");
    }

    @Test
    void a_long_comment_is_read_clause_by_clause_too() {
        assertThat(ThemeSuggester.clauses("Vastaanotto kuunteli hyvin, ja kaikki oli korjattu. Ei tarvinnut tulla takaisin!"))
                .containsExactly("Vastaanotto kuunteli hyvin", "kaikki oli korjattu", "Ei tarvinnut tulla takaisin");
        assertThat(ThemeSuggester.clauses("Quick service but the car was ready only at six and nobody called"))
                .containsExactly("Quick service", "the car was ready only at six", "nobody called");
        assertThat(ThemeSuggester.clauses("Kiitos!")).isEmpty();
    }
}
