package fi.huoltopolku.survey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer's answer: overall 1–5, likelihood to recommend 0–10, a comment, consent to contact. */
@MappedEntity(value = "survey_response", escape = false)
public record SurveyResponse(@Id @GeneratedValue @Nullable Long id, Long visitId, @Nullable Long invitationId,
        ResponseSource source, int overall, @Nullable Integer nps, @Nullable String comment, boolean contactConsent,
        String language, Instant answeredAt, @Nullable String enteredBy) {
}
