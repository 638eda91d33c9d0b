package fi.huoltopolku.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's customers write ({@code demo/comments.tsv}), picked to fit the ratings they gave:
 * a theme rated 1–2 gets a complaint about it, a theme rated 4–5 praise, and a customer who rated
 * one theme low and another high sometimes writes both. The drill-down of the quality report shows
 * these words next to their numbers, so they must never contradict them.
 */
final class DemoComments {

    /** One comment and what it says of each theme it speaks to: {@code true} praise, {@code false} complaint. */
    record Comment(String text, Map<String, Boolean> praises) {
    }

    private final List<Comment> catalogue;

    private DemoComments(List<Comment> catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue shipped with the demo. */
    static DemoComments load() {
        try (InputStream in = DemoComments.class.getResourceAsStream("/demo/comments.tsv")) {
            List<Comment> comments = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 2);
                Map<String, Boolean> praises = new LinkedHashMap<>();
                if (!fields[0].equals("-")) {
                    for (String said : fields[0].split(",")) {
                        praises.put(said.substring(0, said.length() - 1), said.endsWith("+"));
                    }
                }
                comments.add(new Comment(fields[1], Map.copyOf(praises)));
            }
            return new DemoComments(List.copyOf(comments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Comment> all() {
        return catalogue;
    }

    /**
     * A comment that fits the ratings (theme code → 1–5; themes not rated are not written about):
     * about a low-rated theme if there is one (now and then with praise of a high-rated one), else
     * praise of a top-rated theme, else (overall 3 or better) thanks about no theme at all, and
     * nothing from an unhappy customer who rated no theme.
     */
    @Nullable String pick(int overall, Map<String, Integer> ratings, Random random) {
        List<String> low = ratings.entrySet().stream().filter(e -> e.getValue() <= 2).map(Map.Entry::getKey).sorted().toList();
        List<String> high = ratings.entrySet().stream().filter(e -> e.getValue() >= 4).map(Map.Entry::getKey).sorted().toList();
        if (!low.isEmpty()) {
            String complaint = low.get(random.nextInt(low.size()));
            if (!high.isEmpty() && random.nextInt(3) == 0) {
                List<Comment> mixed = catalogue.stream().filter(c -> c.praises().size() == 2
                        && Boolean.FALSE.equals(c.praises().get(complaint))
                        && c.praises().entrySet().stream().allMatch(e -> !e.getValue() || high.contains(e.getKey()))).toList();
                if (!mixed.isEmpty()) {
                    return mixed.get(random.nextInt(mixed.size())).text();
                }
            }
            return about(Map.of(complaint, false), random);
        }
        if (!high.isEmpty()) {
            List<String> best = high.stream().filter(theme -> ratings.get(theme) == 5).toList();
            List<String> pool = best.isEmpty() ? high : best;
            return about(Map.of(pool.get(random.nextInt(pool.size())), true), random);
        }
        return overall >= 3 ? about(Map.of(), random) : null;
    }

    private String about(Map<String, Boolean> praises, Random random) {
        List<Comment> fitting = catalogue.stream().filter(c -> c.praises().equals(praises)).toList();
        return fitting.get(random.nextInt(fitting.size())).text();
    }
}
