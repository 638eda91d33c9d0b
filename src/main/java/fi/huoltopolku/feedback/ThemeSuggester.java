package fi.huoltopolku.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests themes for comments from the keyword lists of both languages, each keyword reduced to
 * its stems once ({@link CommentStems}); one suggester serves every comment of a request.
 *
 * <p>A Finnish keyword whose stem comes out shorter than the keyword's first {@value #GUARD} letters
 * (the stemmer cuts "ajallaan", on time, to "aja", the stem of "ajan", an appointment) matches only
 * where those letters also stand in the comment.
 */
final class ThemeSuggester implements AutoCloseable {

    /** The letters of a keyword a comment must hold when the keyword's stem is shorter. */
    static final int GUARD = 4;

    private record Keyword(String theme, List<String> stems, String guard) {
    }

    private record Language(String code, CommentStems comments, List<Keyword> keywords) {
    }

    private final List<Language> languages = new ArrayList<>();
    private final List<String> themeOrder;

    /** {@code keywords}: per language, the "THEME:keyword" entries; {@code themeOrder}: the themes in their order. */
    ThemeSuggester(Map<String, List<String>> keywords, List<String> themeOrder) {
        this.themeOrder = themeOrder;
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

    /** The themes whose keywords appear in the comment, in the themes' order. */
    List<String> suggest(String comment) {
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
