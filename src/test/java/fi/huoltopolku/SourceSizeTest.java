package fi.huoltopolku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** No class a newcomer must read whole: a main source file past 400 lines is split by reason to change. */
class SourceSizeTest {

    static final int MOST_LINES = 400;

    @Test
    void no_main_source_file_over_400_lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MOST_LINES) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).as("main source files over " + MOST_LINES + " lines").isEmpty();
    }
}
