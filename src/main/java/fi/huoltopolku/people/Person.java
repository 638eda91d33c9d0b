package fi.huoltopolku.people;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

/** A member of staff. */
@MappedEntity(value = "person", escape = false)
public record Person(@Id @GeneratedValue @Nullable Long id, String username, String fullName, Role role,
        Long departmentId, boolean active) {

    public Actor asActor() {
        return new Actor(id, fullName);
    }
}
