package fi.huoltopolku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader meets short names: the app's and the libraries' classes are imported, never spelled out
 * in code bodies (comments and texts aside).
 */
class ImportsTest {

    /** A package path ending in a type name: {@code java.util.List}, {@code fi.huoltopolku.base.Messages}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.\"])((?:java|javax|jakarta|com|org|io|fi|elemental|kotlin|net|ch|de)(?:\\.[a-z_]\\w*)+)\\.([A-Z]\\w*)");

    private static final Pattern COMMENT_OR_TEXT = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

    @Test
    void no_fully_qualified_names_outside_imports() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(qualifiedNames(file.toString(), Files.readString(file)));
                }
            }
        }
        assertThat(found).as("fully qualified names in code bodies: import them").isEmpty();
    }

    @Test
    void the_check_sees_a_qualified_name_in_code_but_not_in_comments_or_texts() {
        String source = """
                package fi.huoltopolku.x;

                import java.util.List;

                /** See {@link java.util.Map}. */
                class X {
                    String text = "java.util.Set.of";
                    java.time.Instant at = null;
                }
                """;

        assertThat(qualifiedNames("X.java", source)).singleElement().asString().contains("java.time.Instant");
    }

    /**
     * The qualified names in a file's code. A name whose short form another import already takes
     * (two {@code Logger}s in one file) is the one case Java leaves no other way to write.
     */
    static List<String> qualifiedNames(String file, String source) {
        Matcher masker = COMMENT_OR_TEXT.matcher(source);
        StringBuilder code = new StringBuilder();
        while (masker.find()) {
            masker.appendReplacement(code, Matcher.quoteReplacement(masker.group().replaceAll("[^\\n]", " ")));
        }
        masker.appendTail(code);
        List<String> found = new ArrayList<>();
        String[] lines = code.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher qualified = QUALIFIED.matcher(line);
            while (qualified.find()) {
                String simple = qualified.group(2);
                String full = qualified.group(1) + "." + simple;
                boolean shortNameTaken = Pattern.compile("(?m)^import (?!" + Pattern.quote(full) + ";)[\\w.]+\\."
                        + simple + ";").matcher(source).find();
                if (!shortNameTaken) {
                    found.add(file + ":" + (i + 1) + ": " + full);
                }
            }
        }
        return found;
    }
}
