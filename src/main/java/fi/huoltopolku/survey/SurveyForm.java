package fi.huoltopolku.survey;

import fi.huoltopolku.theme.Theme;
import java.util.List;

/** The survey of one visit: the themes it asks about (those of the stages the visit went through). */
public record SurveyForm(long visitId, String plate, String language, List<Theme> themes, long siteId) {
}
