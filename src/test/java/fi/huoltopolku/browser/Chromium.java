package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright. The browser must be installed (the test command does
 * it through apt); a missing browser fails the journey rather than skipping it.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium not found at " + EXECUTABLE
                    + ": install it with 'apt-get install -y chromium' (the test command does this as root)");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }
}
