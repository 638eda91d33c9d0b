package fi.huoltopolku.demo;

import fi.huoltopolku.feedback.FeedbackService;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's comments fit the ratings they come with: the quality report's drill-down shows them
 * side by side, and "1/5 for the invoice" next to "friendly service, thanks!" made the showcase
 * look broken. The labels come from the catalogue (demo/comments.tsv: THEME+ praise, THEME- a
 * complaint); the themes are the app's own tagging of the words.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "huoltopolku.demo", value = "true")
class DemoCommentsTest {

    @Inject FeedbackService feedback;
    @Inject DataSource dataSource;

    @Test
    void every_demo_comment_is_tagged_with_exactly_the_themes_it_is_labelled_with() {
        for (DemoComments.Comment comment : DemoComments.load().all()) {
            assertThat(Set.copyOf(feedback.suggest(comment.text()))).as(comment.text()).isEqualTo(comment.praises().keySet());
        }
    }

    @Test
    void no_praise_on_a_low_rating_and_no_complaint_on_a_high_one_anywhere_in_the_generated_demo() throws SQLException {
        Map<String, Map<String, Boolean>> labels = new HashMap<>();
        DemoComments.load().all().forEach(c -> labels.put(c.text(), c.praises()));
        Map<Long, String> comments = new LinkedHashMap<>();
        Map<Long, Map<String, Integer>> ratings = new HashMap<>();
        Map<Long, Integer> overall = new HashMap<>();
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement query = db.createStatement()) {
            try (ResultSet rows = query.executeQuery("SELECT id, overall, comment FROM survey_response WHERE comment IS NOT NULL")) {
                while (rows.next()) {
                    comments.put(rows.getLong(1), rows.getString(3));
                    overall.put(rows.getLong(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = query.executeQuery(
                    "SELECT r.response_id, t.code, r.rating FROM survey_rating r JOIN theme t ON t.id = r.theme_id")) {
                while (rows.next()) {
                    ratings.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getString(2), rows.getInt(3));
                }
            }
        }
        assertThat(comments).hasSizeGreaterThan(50);
        int praised = 0;
        int complained = 0;
        for (Map.Entry<Long, String> entry : comments.entrySet()) {
            String text = entry.getValue();
            assertThat(labels).as("a labelled demo comment: " + text).containsKey(text);
            Map<String, Integer> given = ratings.getOrDefault(entry.getKey(), Map.of());
            for (String theme : feedback.suggest(text)) {
                Boolean praise = labels.get(text).get(theme);
                assertThat(praise).as(text + " is labelled for " + theme).isNotNull();
                assertThat(given).as(text + " rates " + theme).containsKey(theme);
                if (praise) {
                    praised++;
                    assertThat(given.get(theme)).as("praise of " + theme + ": " + text).isGreaterThanOrEqualTo(4);
                } else {
                    complained++;
                    assertThat(given.get(theme)).as("complaint about " + theme + ": " + text).isLessThanOrEqualTo(2);
                }
            }
            if (labels.get(text).isEmpty()) {
                assertThat(overall.get(entry.getKey())).as("thanks about no theme: " + text).isGreaterThanOrEqualTo(3);
            }
        }
        // Both kinds occur, so the drill-down shows praise and complaints.
        assertThat(praised).isPositive();
        assertThat(complained).isPositive();
    }
}
