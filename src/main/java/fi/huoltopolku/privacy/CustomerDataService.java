package fi.huoltopolku.privacy;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SecurityLog;
import fi.huoltopolku.survey.Links;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A customer's data rights. The export is everything stored about the customer, table by table,
 * as JSON (survey links' tokens left out: they are credentials). Erasure anonymises the customer
 * and their cars and removes every free text they or staff wrote about them (survey comments,
 * contact notes, messages), keeping visits, check answers and ratings so the statistics do not
 * change. Both are logged in the security log.
 */
@Singleton
@Allowed(Role.ADMIN)
public class CustomerDataService {

    /** The customer's rows: table, and the condition selecting them ({@code ?} is the customer id). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        String visits = "visit_id IN (SELECT id FROM visit WHERE customer_id = ?)";
        TABLES.put("customer", "id = ?");
        TABLES.put("vehicle", "customer_id = ?");
        TABLES.put("visit", "customer_id = ?");
        TABLES.put("visit_event", visits);
        TABLES.put("extra_work", visits);
        TABLES.put("customer_contact", visits);
        TABLES.put("approval_request", visits);
        TABLES.put("check_answer", visits);
        TABLES.put("outbox_message", visits);
        TABLES.put("survey_response", visits);
        TABLES.put("survey_rating", "response_id IN (SELECT r.id FROM survey_response r JOIN visit v ON v.id = r.visit_id WHERE v.customer_id = ?)");
        TABLES.put("staff_estimate", visits);
        TABLES.put("feedback_case", visits);
        TABLES.put("customer_matter", "customer_id = ?");
        TABLES.put("matter_event", "matter_id IN (SELECT id FROM customer_matter WHERE customer_id = ?)");
    }

    private static final String ERASED = "(erased)";

    private final JdbcOperations jdbc;
    private final CustomerService customers;
    private final SecurityLog log;
    private final JsonMapper json;
    private final WorkshopClock clock;

    CustomerDataService(JdbcOperations jdbc, CustomerService customers, SecurityLog log, JsonMapper json,
            WorkshopClock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /** Customers by plate, name or phone, as at the counter. */
    @Transactional
    public List<VehicleMatch> search(String text) {
        return customers.search(text, 30);
    }

    /** Everything about the customer as JSON: an object per table with its rows. */
    @Transactional
    public String export(long customerId, Actor actor) {
        requireCustomer(customerId);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exportedAt", clock.now().toString());
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            List<Map<String, Object>> rows = rows("SELECT * FROM " + table.getKey() + " WHERE " + table.getValue(),
                    customerId);
            // A link's token is the customer's credential: the export says a link was sent, never which.
            rows.forEach(row -> {
                row.remove("token");
                row.replaceAll((column, value) -> value instanceof String text ? Links.masked(text) : value);
            });
            all.put(table.getKey(), rows);
        }
        all.put("survey_invitation", rows("SELECT id, visit_id, language, created_at, expires_at, used_at "
                + "FROM survey_invitation WHERE visit_id IN (SELECT id FROM visit WHERE customer_id = ?)", customerId));
        log.record(SecurityEvent.Kind.CUSTOMER_EXPORTED, null, actor.name(), null, SecurityLog.detail("log.detail.customer", customerId));
        try {
            return json.writeValueAsString(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the customer's personal data; visits, answers and ratings stay for the statistics. */
    @Transactional
    public void erase(long customerId, Actor actor) {
        requireCustomer(customerId);
        String visits = "visit_id IN (SELECT id FROM visit WHERE customer_id = ?)";
        update("UPDATE customer SET name = ?, phone = NULL, phone_key = NULL, email = NULL, contact_declined = TRUE, "
                + "erased_at = CURRENT_TIMESTAMP, version = version + 1 WHERE id = ?", "Erased customer " + customerId, customerId);
        update("UPDATE vehicle SET plate = CONCAT('ERASED-', id), plate_key = CONCAT('ERASED', id), vin = NULL, "
                + "version = version + 1 WHERE customer_id = ?", customerId);
        update("UPDATE survey_response SET comment = NULL WHERE " + visits, customerId);
        update("UPDATE customer_contact SET summary = '" + ERASED + "' WHERE " + visits, customerId);
        update("UPDATE outbox_message SET recipient = '" + ERASED + "', body = '" + ERASED + "' WHERE " + visits, customerId);
        update("UPDATE visit_event SET note = NULL WHERE " + visits, customerId);
        update("UPDATE survey_invitation SET expires_at = CURRENT_TIMESTAMP WHERE used_at IS NULL AND " + visits, customerId);
        update("UPDATE check_answer SET comment = NULL WHERE " + visits, customerId);
        // Photos of the car may show its plate or what lay inside; an open approval link stops working.
        update("DELETE FROM extra_work_photo WHERE extra_work_id IN (SELECT id FROM extra_work WHERE " + visits + ")",
                customerId);
        update("UPDATE approval_request SET expires_at = CURRENT_TIMESTAMP WHERE used_at IS NULL AND " + visits,
                customerId);
        update("UPDATE feedback_case SET contact_note = NULL, resolution = NULL WHERE " + visits, customerId);
        update("UPDATE customer_matter SET subject = '" + ERASED + "', resolution = NULL WHERE customer_id = ?", customerId);
        update("UPDATE matter_event SET note = NULL WHERE matter_id IN (SELECT id FROM customer_matter WHERE customer_id = ?)",
                customerId);
        log.record(SecurityEvent.Kind.CUSTOMER_ERASED, null, actor.name(), null, SecurityLog.detail("log.detail.customer", customerId));
    }

    private void requireCustomer(long customerId) {
        boolean exists = jdbc.prepareStatement("SELECT 1 FROM customer WHERE id = ?", ps -> {
            ps.setLong(1, customerId);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next();
            }
        });
        if (!exists) {
            throw Problem.notFound("privacy.unknownCustomer", customerId);
        }
    }

    private void update(String sql, Object... args) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        });
    }

    private List<Map<String, Object>> rows(String sql, long customerId) {
        return jdbc.prepareStatement(sql, ps -> {
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                ps.setLong(i, customerId);
            }
            List<Map<String, Object>> found = new ArrayList<>();
            try (ResultSet rows = ps.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rows.getObject(c);
                        String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (value instanceof Timestamp t) {
                            value = t.toInstant().toString();
                        } else if (value instanceof TemporalAccessor || value instanceof Date) {
                            value = value.toString();
                        }
                        row.put(column, value);
                    }
                    found.add(row);
                }
            }
            return found;
        });
    }
}
