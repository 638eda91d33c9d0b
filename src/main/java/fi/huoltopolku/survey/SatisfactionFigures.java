package fi.huoltopolku.survey;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The subjective figures of a group of visits: overall satisfaction, per theme (all sources and
 * per source), NPS, response rate (self-completed answers ÷ invitations) and each advisor's
 * estimate bias.
 */
public record SatisfactionFigures(Satisfaction overall, Map<String, Satisfaction> byTheme,
        Map<ResponseSource, Map<String, Satisfaction>> byThemeAndSource, Nps nps, long invitations,
        long selfCompleted, Map<Long, EstimateBias> estimateBiasByAdvisor) {

    public static final SatisfactionFigures NONE = new SatisfactionFigures(Satisfaction.NONE, Map.of(), Map.of(),
            Nps.NONE, 0, 0, Map.of());

    public @Nullable Double responseRate() {
        return invitations == 0 ? null : (double) selfCompleted / invitations;
    }
}
