package fi.huoltopolku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A reader meets short names: the app's classes are imported, never spelled out in code bodies. */
class ImportsTest {

    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.\"])(fi\\.huoltopolku|io\\.swagger\\.v3)(\\.[a-z]\\w*)+\\.[A-Z]");

    @Test
    void no_fully_qualified_app_or_swagger_names_outside_imports() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (!line.startsWith("import ") && !line.startsWith("package ")
                                && QUALIFIED.matcher(line).find()) {
                            found.add(file + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(found).as("fully qualified names in code bodies: import them").isEmpty();
    }
}
