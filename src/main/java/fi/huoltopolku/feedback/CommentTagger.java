package fi.huoltopolku.feedback;

import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The theme suggester of a request: the managers' keyword lists and a {@link ThemeModel} learned from
 * the comments shipped with the app ({@value #SHIPPED}) and every comment staff tagged in the inbox,
 * so that the suggestions learn the workshop's own words. The model is learned again only when the
 * lists or the tags changed (a cheap fingerprint of both is read on every request, so every node of a
 * cluster sees the same): the first model before the first suggestion, every later one in the
 * background while the one before still serves, so that tagging in the inbox never waits for it.
 */
@Singleton
class CommentTagger {

    /** The hand-tagged comments every workshop starts from. */
    static final String SHIPPED = "/feedback/tagged-comments.tsv";

    /** The most staff-tagged comments learned from, newest first. */
    static final int STAFF_AT_MOST = 5000;

    private record Learned(String key, ThemeModel model) {
    }

    private final FeedbackRepositories.Words words;
    private final ThemeService themes;
    private final List<ThemeModel.Example> shipped;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "comment-tagger");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable Learned learned;
    private volatile String learning = "";

    CommentTagger(FeedbackRepositories.Words words, ThemeService themes) {
        this.words = words;
        this.themes = themes;
        this.shipped = shipped();
    }

    /** A suggester with the current lists and model; call within a transaction. */
    ThemeSuggester suggester() {
        Map<String, List<String>> keywords = Map.of("fi", words.keywords("fi"), "en", words.keywords("en"));
        List<String> order = themes.all().stream().map(Theme::code).toList();
        String key = Objects.hash(keywords, order) + "/" + words.tagFingerprint();
        Learned now = learned;
        if (now == null) {
            now = first(key, keywords, order);
        } else if (!now.key().equals(key) && !learning.equals(key)) {
            learning = key;
            List<ThemeModel.Example> examples = examples();
            background.execute(() -> learned = learn(key, examples, keywords, order));
        }
        return new ThemeSuggester(keywords, order, now.model());
    }

    /** Waits until the model being learned in the background (if any) serves. */
    void awaitLearning() {
        try {
            background.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        background.shutdownNow();
    }

    private synchronized Learned first(String key, Map<String, List<String>> keywords, List<String> order) {
        Learned now = learned;
        if (now == null) {
            now = learn(key, examples(), keywords, order);
            learned = now;
        }
        return now;
    }

    private List<ThemeModel.Example> examples() {
        List<ThemeModel.Example> examples = new ArrayList<>(shipped);
        examples.addAll(staffTagged());
        return examples;
    }

    private static Learned learn(String key, List<ThemeModel.Example> examples, Map<String, List<String>> keywords,
            List<String> order) {
        try (ThemeSuggester plain = new ThemeSuggester(keywords, order, null)) {
            return new Learned(key, ThemeModel.learn(examples, order, plain::keywordThemes));
        }
    }

    /** The comments staff tagged, each with all its themes. */
    private List<ThemeModel.Example> staffTagged() {
        Map<String, Set<String>> byCase = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String row : words.taggedComments(STAFF_AT_MOST)) {
            String[] f = row.split(":", 3);
            byCase.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
            comments.put(f[0], f[2]);
        }
        return byCase.entrySet().stream().map(e -> new ThemeModel.Example(comments.get(e.getKey()), e.getValue())).toList();
    }

    private static List<ThemeModel.Example> shipped() {
        try (InputStream in = CommentTagger.class.getResourceAsStream(SHIPPED)) {
            return new String(Objects.requireNonNull(in, SHIPPED).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
                        String[] f = line.split("\t", 3);
                        return new ThemeModel.Example(f[2], "-".equals(f[1]) ? Set.of() : Set.of(f[1].split(",")));
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
