package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Stage;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The stable identity of a check item; its wording, theme, role and mandatory flag are versioned. */
@MappedEntity(value = "check_item", escape = false)
public record CheckItem(@Id @GeneratedValue @Nullable Long id, String code, ItemKind kind, @Nullable Stage stage,
        int position, int currentNumber, Instant createdAt, @Nullable Instant retiredAt,
        @Version @Nullable Long version) {

    CheckItem withPosition(int newPosition) {
        return new CheckItem(id, code, kind, stage, newPosition, currentNumber, createdAt, retiredAt, version);
    }

    CheckItem withCurrent(int number) {
        return new CheckItem(id, code, kind, stage, position, number, createdAt, retiredAt, version);
    }

    CheckItem retired(@Nullable Instant at) {
        return new CheckItem(id, code, kind, stage, position, currentNumber, createdAt, at, version);
    }

    /** Whether the item applied during [from, to): created before the end and not retired before the start. */
    boolean appliedBetween(Instant from, Instant to) {
        return createdAt.isBefore(to) && (retiredAt == null || retiredAt.isAfter(from));
    }
}
