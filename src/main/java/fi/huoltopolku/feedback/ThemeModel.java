package fi.huoltopolku.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * A small statistical reader of comments learned from comments people tagged: for each theme a
 * logistic regression (one against the rest) over a comment's words as Snowball stems (Finnish and
 * English), pairs of neighbouring stems, pieces of four and five letters inside each word (so that
 * the parts of Finnish compounds count: "jarru" in "jarrupalat", "lasku" in "loppulaskussa") and
 * whether the theme's keyword list matched ({@link ThemeSuggester}). The keyword lists stay what
 * managers edit; the model learns how far to trust them and which other words speak to a theme.
 * Words are read with ä, ö and å as a, o and a ({@link #folded}), so that "myohassa" typed without
 * them is the same word as "myöhässä".
 *
 * <p>The weights are held back only lightly (an L2 penalty of 0.00003): with the fourth labelled set,
 * a tenth of the earlier penalty (0.0003) scored the sets better overall, each left out of the learning.
 *
 * <p>Learning the shipped 1,595 comments takes a few seconds on a busy 2-core machine; it is
 * done again only when the lists or staff's tags change, in the background ({@link CommentTagger}).
 * Scoring a comment takes about half a millisecond. A model is immutable and safe to share between
 * threads.
 */
final class ThemeModel {

    /** A comment and the themes people gave it. */
    record Example(String comment, Set<String> themes) {
    }

    /**
     * The pseudo-theme of comments people gave no theme (plain praise, the coffee, the wifi, the parking):
     * learned like a theme, so that a comment that reads like those gets none ({@link ThemeSuggester}).
     */
    static final String NONE = "-";

    /** A feature a comment has only when the theme's keyword list matched it. */
    static final String KEYWORD = "kw:";

    /** A feature seen in fewer comments than this is not learned (a typo, a name). */
    static final int SEEN_AT_LEAST = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int EPOCHS = 600;
    private static final double RATE = 0.5;
    private static final double L2 = 0.00003;

    private final List<String> themes;
    private final Map<String, Integer> index;
    private final double[][] weights;
    private final double[] bias;

    private ThemeModel(List<String> themes, Map<String, Integer> index, double[][] weights, double[] bias) {
        this.themes = themes;
        this.index = index;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Learns from examples; {@code keywordHits} gives the themes whose keywords match a comment (the
     * same function is used when scoring).
     */
    static ThemeModel learn(List<Example> examples, List<String> realThemes, Function<String, Collection<String>> keywordHits) {
        List<String> themes = new ArrayList<>(realThemes);
        themes.add(NONE);
        List<Set<String>> features = examples.stream().map(e -> features(e.comment(), keywordHits.apply(e.comment()))).toList();
        Map<String, Integer> seen = new HashMap<>();
        features.forEach(f -> f.forEach(name -> seen.merge(name, 1, Integer::sum)));
        Map<String, Integer> index = new LinkedHashMap<>();
        seen.forEach((name, count) -> {
            if (count >= SEEN_AT_LEAST || name.startsWith(KEYWORD)) {
                index.put(name, index.size());
            }
        });
        realThemes.forEach(theme -> index.putIfAbsent(KEYWORD + theme, index.size()));
        List<int[]> rows = features.stream().map(f -> f.stream().filter(index::containsKey).mapToInt(index::get).toArray()).toList();
        double[][] weights = new double[themes.size()][index.size()];
        double[] bias = new double[themes.size()];
        for (int t = 0; t < themes.size(); t++) {
            String theme = themes.get(t);
            double[] w = weights[t];
            double[] gradient = new double[w.length];
            double[] squares = new double[w.length];
            double squaresBias = 0;
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                Arrays.fill(gradient, 0);
                double gradientBias = 0;
                for (int i = 0; i < rows.size(); i++) {
                    int[] row = rows.get(i);
                    double scale = row.length == 0 ? 0 : 1 / Math.sqrt(row.length);
                    double z = bias[t];
                    for (int f : row) {
                        z += w[f] * scale;
                    }
                    Set<String> given = examples.get(i).themes();
                    double error = sigmoid(z) - (given.contains(theme) || NONE.equals(theme) && given.isEmpty() ? 1 : 0);
                    for (int f : row) {
                        gradient[f] += error * scale;
                    }
                    gradientBias += error;
                }
                for (int f = 0; f < w.length; f++) {
                    double g = gradient[f] / rows.size() + L2 * w[f];
                    squares[f] += g * g;
                    w[f] -= RATE * g / (Math.sqrt(squares[f]) + 1e-8);
                }
                double gb = gradientBias / rows.size();
                squaresBias += gb * gb;
                bias[t] -= RATE * gb / (Math.sqrt(squaresBias) + 1e-8);
            }
        }
        return new ThemeModel(List.copyOf(themes), index, weights, bias);
    }

    /**
     * The likelihood of each theme for a comment whose keywords matched {@code keywordThemes}, by theme,
     * and under {@link #NONE} the likelihood that it speaks to none.
     */
    Map<String, Double> likelihoods(String comment, Collection<String> keywordThemes) {
        int[] row = features(comment, keywordThemes).stream().filter(index::containsKey).mapToInt(index::get).toArray();
        double scale = row.length == 0 ? 0 : 1 / Math.sqrt(row.length);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            double z = bias[t];
            for (int f : row) {
                z += weights[t][f] * scale;
            }
            out.put(themes.get(t), sigmoid(z));
        }
        return out;
    }

    /** The features of a comment: stems, neighbouring stems, pieces of words and the keyword lists' hits. */
    static Set<String> features(String comment, Collection<String> keywordThemes) {
        Set<String> out = new LinkedHashSet<>();
        SnowballStemmer finnish = new FinnishStemmer();
        SnowballStemmer english = new EnglishStemmer();
        Matcher m = WORD.matcher(folded(comment.toLowerCase(Locale.ROOT)));
        String previous = null;
        while (m.find()) {
            String word = m.group();
            String fi = stem(finnish, word);
            out.add("f:" + fi);
            out.add("e:" + stem(english, word));
            if (previous != null) {
                out.add("b:" + previous + "_" + fi);
            }
            previous = fi;
            String bounded = "<" + word + ">";
            for (int n = 4; n <= 5; n++) {
                for (int i = 0; i + n <= bounded.length(); i++) {
                    out.add("g:" + bounded.substring(i, i + n));
                }
            }
        }
        keywordThemes.forEach(theme -> out.add(KEYWORD + theme));
        return out;
    }

    /** A text with ä, ö and å read as a, o and a, as many type Finnish on a phone or a foreign keyboard. */
    static String folded(String text) {
        return text.replace('ä', 'a').replace('ö', 'o').replace('å', 'a');
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
