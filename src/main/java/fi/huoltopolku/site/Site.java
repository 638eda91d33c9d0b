package fi.huoltopolku.site;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One service site of the group. A setting left {@code null} is the installation's configured one
 * (see {@link Sites}): the first site of an existing installation has them all {@code null}.
 */
@MappedEntity(value = "site", escape = false)
public record Site(@Id @GeneratedValue @Nullable Long id, String code, @Nullable String name,
        @Nullable String address, @Nullable String contact, @Nullable String publicUrl, @Nullable String zone,
        @Nullable String opens, @Nullable String closes, @Nullable String openDays,
        @Nullable BigDecimal postInspectionShare, @Nullable String senderName, Instant createdAt,
        @Version @Nullable Long version) {

    /** The site every existing row belongs to (the migration's first site). */
    public static final long FIRST = 1L;

    public long siteId() {
        if (id == null) {
            throw new IllegalStateException("site not saved");
        }
        return id;
    }
}
