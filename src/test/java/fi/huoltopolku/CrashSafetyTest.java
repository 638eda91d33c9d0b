package fi.huoltopolku;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed change survives the process being killed: the app runs as its own process on an H2
 * file, a booking is saved through the API, the process is killed (SIGKILL, no shutdown hooks) and
 * started again, and the booking is still there.
 */
class CrashSafetyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process start(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "fi.huoltopolku.Application", "--micronaut.server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile());
        builder.environment().put("HUOLTOPOLKU_DATA_DIR", data.resolve("db").toString());
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        Process app = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(port, "/api/health").statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        app.destroyForcibly();
        throw new AssertionError("The app did not start: " + Files.readString(data.resolve("app.log")));
    }

    private static final String TOKEN = "hp_crash-test-integration-token-0123456789abcdef";

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An advisor's API token, written into the stopped app's database as an admin's screen would
     * store it (its SHA-256 hash only).
     */
    private void seedToken() throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(TOKEN.getBytes(StandardCharsets.UTF_8)));
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("huoltopolku"),
                "sa", ""); var insert = c.prepareStatement("""
                INSERT INTO api_token (name, role, token_hash, prefix, created_at, created_by, version)
                VALUES ('crash test', 'ADVISOR', ?, 'hp_crash-', CURRENT_TIMESTAMP, 'test', 0)""")) {
            insert.setString(1, hash);
            insert.executeUpdate();
        }
    }

    @Test
    void a_booking_saved_just_before_a_kill_is_there_after_restart() throws Exception {
        int port = freePort();
        Process setup = start(port);
        setup.destroy();
        setup.waitFor();
        seedToken();
        Process first = start(port);
        String booking = """
                {"customer": {"name": "Aino Virtanen", "phone": "+358401234567"},
                 "vehicle": {"plate": "KIL-9", "make": "Skoda", "model": "Octavia"},
                 "requestedWork": "Oil change", "bookedAt": "2026-11-23T08:00:00Z",
                 "promisedAt": "2026-11-23T15:00:00Z"}""";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/visits"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(booking)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        first.destroyForcibly().waitFor();

        Process second = start(port);
        try {
            HttpResponse<String> after = get(port, "/api/v1/visits/" + id);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("\"plate\":\"KIL-9\"", "\"requestedWork\":\"Oil change\"");
        } finally {
            second.destroyForcibly().waitFor();
        }
    }
}
