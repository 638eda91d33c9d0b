package fi.huoltopolku.matter;

import fi.huoltopolku.visit.ContactChannel;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer's question or request, owned by one department and optionally one person. */
@MappedEntity(value = "customer_matter", escape = false)
public record CustomerMatter(@Id @GeneratedValue @Nullable Long id, Long customerId, String subject,
        ContactChannel channel, Long ownerDepartmentId, @Nullable Long ownerPersonId, MatterStatus status,
        @Nullable String resolution, Instant openedAt, String openedBy, @Nullable Instant closedAt,
        @Version @Nullable Long version, long siteId) {

    CustomerMatter handedTo(long departmentId, @Nullable Long personId) {
        return new CustomerMatter(id, customerId, subject, channel, departmentId, personId, status, resolution,
                openedAt, openedBy, closedAt, version, siteId);
    }

    CustomerMatter closed(String how, Instant at) {
        return new CustomerMatter(id, customerId, subject, channel, ownerDepartmentId, ownerPersonId,
                MatterStatus.CLOSED, how, openedAt, openedBy, at, version, siteId);
    }
}
