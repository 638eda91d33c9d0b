package fi.huoltopolku.survey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

/** A 1–5 rating of one theme within a response. */
@MappedEntity(value = "survey_rating", escape = false)
public record SurveyRating(@Id @GeneratedValue @Nullable Long id, Long responseId, Long themeId, int rating) {
}
