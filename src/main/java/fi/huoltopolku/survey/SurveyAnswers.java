package fi.huoltopolku.survey;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a customer answered (or an advisor heard on the phone), before validation. */
public record SurveyAnswers(@Nullable Integer overall, @Nullable Integer nps, Map<String, Integer> ratings,
        @Nullable String comment, boolean contactConsent) {
}
