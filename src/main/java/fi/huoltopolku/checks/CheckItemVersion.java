package fi.huoltopolku.checks;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.people.Role;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One wording of a check item. Never changed: editing an item adds a version. */
@MappedEntity(value = "check_item_version", escape = false)
public record CheckItemVersion(@Id @GeneratedValue @Nullable Long id, Long itemId, int number, Long themeId,
        String questionEn, String questionFi, Role role, boolean mandatory, Instant createdAt, String createdBy) {

    public Localized question() {
        return new Localized(questionEn, questionFi);
    }
}
