package fi.huoltopolku.survey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How satisfied the advisor expects the customer to be (1–5), recorded at handover. Never the customer's. */
@MappedEntity(value = "staff_estimate", escape = false)
public record StaffEstimate(@Id @GeneratedValue @Nullable Long id, Long visitId, @Nullable Long advisorId,
        int estimate, Instant recordedAt) {
}
