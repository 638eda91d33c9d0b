package fi.huoltopolku.feedback;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V27 rewrites the default keyword lists, but only those still exactly as shipped: a list a manager
 * edited on Check items (here the Finnish timeliness words) keeps the manager's words.
 */
class KeywordListsMigrationTest {

    @Test
    void new_default_lists_replace_the_shipped_ones_but_not_a_list_a_manager_edited() throws SQLException {
        String url = "jdbc:h2:mem:keywords-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .target("22").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(keywords(db, "WORK_QUALITY", "fi")).contains("korja", "vieläkään");
            try (Statement edit = db.createStatement()) {
                // A manager's edit: the theme's Finnish list cleared and written anew (FeedbackService.setKeywords).
                edit.execute("DELETE FROM theme_keyword WHERE language = 'fi' AND theme_id = (SELECT id FROM theme WHERE code = 'TIMELINESS')");
                edit.execute("INSERT INTO theme_keyword (theme_id, language, keyword) SELECT id, 'fi', 'myöhässä' FROM theme WHERE code = 'TIMELINESS'");
            }
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                    .target("27").load().migrate();

            assertThat(keywords(db, "TIMELINESS", "fi")).containsExactly("myöhässä");
            // Untouched lists now hold the new defaults: "korja" stays, "vieläkään" (its stem is every "vielä", yet) went.
            assertThat(keywords(db, "WORK_QUALITY", "fi")).contains("vikavalo", "vuoto").doesNotContain("vieläkään");
            assertThat(keywords(db, "HANDOVER", "fi")).contains("kuitti", "eritel");
            assertThat(keywords(db, "RECEPTION", "fi")).doesNotContain("palvelu").contains("asiakaspalvel");
            assertThat(keywords(db, "TIMELINESS", "en")).contains("wait", "on time");
        }
    }

    private static List<String> keywords(Connection db, String theme, String language) throws SQLException {
        List<String> words = new ArrayList<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT k.keyword FROM theme_keyword k JOIN theme t ON t.id = k.theme_id WHERE t.code = '"
                        + theme + "' AND k.language = '" + language + "' ORDER BY k.keyword")) {
            while (rows.next()) {
                words.add(rows.getString(1));
            }
        }
        return words;
    }
}
