package db.migration;

import fi.huoltopolku.base.Mojibake;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Puts right the text that browsers' forms stored garbled before requests without a charset were
 * read as UTF-8 ("JÃ¤Ã¤hdytin vuotaa yhÃ¤" back to "Jäähdytin vuotaa yhä"): every value of the
 * free-text columns customers and staff type into that {@link Mojibake} proves garbled; anything
 * else is left as it is. In JDBC, so the same migration runs on H2 and PostgreSQL.
 *
 * <p>The columns: survey_response.comment; feedback_case.contact_note, .resolution;
 * customer_matter.subject, .resolution; matter_event.note; visit.requested_work; visit_event.note;
 * extra_work.description, .reason; customer_contact.summary; check_answer.comment;
 * improvement_action.what_changes; practice_session.attendees, .note; technician_absence.reason;
 * customer.name; person.full_name. Left alone on purpose: the security log (a record of what was
 * sent, kept as it was) and the outbox (the messages as they went out).
 *
 * <p>And the delays told to customers, logged as contacts made by the workshop with the text as
 * sent, which began with the workshop's name too ("Huoltopolku Demo Autohuolto: Huoltopolku Demo
 * Autohuolto: …" on the visit): a contact's summary, or a contact event's note, that begins with
 * the name of the one who made it and a colon loses that beginning (customer_contact.summary by
 * staff_name, visit_event.note of CONTACT events by actor_name).
 */
public class V23__RepairStoredText extends BaseJavaMigration {

    /** Table and free-text column; every table's key is {@code id}. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"survey_response", "comment"},
            new String[] {"feedback_case", "contact_note"},
            new String[] {"feedback_case", "resolution"},
            new String[] {"customer_matter", "subject"},
            new String[] {"customer_matter", "resolution"},
            new String[] {"matter_event", "note"},
            new String[] {"visit", "requested_work"},
            new String[] {"visit_event", "note"},
            new String[] {"extra_work", "description"},
            new String[] {"extra_work", "reason"},
            new String[] {"customer_contact", "summary"},
            new String[] {"check_answer", "comment"},
            new String[] {"improvement_action", "what_changes"},
            new String[] {"practice_session", "attendees"},
            new String[] {"practice_session", "note"},
            new String[] {"technician_absence", "reason"},
            new String[] {"customer", "name"},
            new String[] {"person", "full_name"});

    @Override
    public void migrate(Context context) throws SQLException {
        repair(context.getConnection());
    }

    /** Repairs every proven-garbled value of {@link #COLUMNS}; how many values it changed. */
    public static int repair(Connection connection) throws SQLException {
        int changed = 0;
        for (String[] column : COLUMNS) {
            changed += repair(connection, column[0], column[1]);
        }
        changed += senderOnce(connection, "SELECT id, staff_name, summary FROM customer_contact",
                "UPDATE customer_contact SET summary = ? WHERE id = ?");
        changed += senderOnce(connection,
                "SELECT id, actor_name, note FROM visit_event WHERE kind = 'CONTACT' AND note IS NOT NULL",
                "UPDATE visit_event SET note = ? WHERE id = ?");
        return changed;
    }

    /** The text without its leading "sender: " where the row already names that sender; null when it does not begin so. */
    static String withoutSender(String sender, String text) {
        String prefix = sender + ": ";
        return text != null && text.startsWith(prefix) && text.length() > prefix.length()
                ? text.substring(prefix.length()) : null;
    }

    private static int senderOnce(Connection connection, String query, String change) throws SQLException {
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement(query);
                PreparedStatement update = connection.prepareStatement(change)) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String text = withoutSender(rows.getString(2), rows.getString(3));
                    if (text != null) {
                        update.setString(1, text);
                        update.setLong(2, rows.getLong(1));
                        update.addBatch();
                        changed++;
                    }
                }
            }
            if (changed > 0) {
                update.executeBatch();
            }
        }
        return changed;
    }

    private static int repair(Connection connection, String table, String column) throws SQLException {
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            // In pages, not the whole table at once (PostgreSQL's driver reads all rows otherwise).
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2);
                    String repaired = Mojibake.repaired(text);
                    if (!Objects.equals(repaired, text)) {
                        update.setString(1, repaired);
                        update.setLong(2, rows.getLong(1));
                        update.addBatch();
                        changed++;
                    }
                }
            }
            if (changed > 0) {
                update.executeBatch();
            }
        }
        return changed;
    }
}
