package fi.huoltopolku.feedback;

import fi.huoltopolku.survey.ResponseSource;
import fi.huoltopolku.survey.SurveyResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class FeedbackRulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static SurveyResponse answer(int overall, Integer nps, String comment) {
        return new SurveyResponse(1L, 1L, null, ResponseSource.SURVEY, overall, nps, comment, false, "fi",
                Instant.parse("2026-11-20T10:00:00Z"), null);
    }

    @Test
    void a_comment_a_low_rating_or_a_detractor_opens_a_case_and_a_happy_silent_answer_does_not() {
        assertThat(FeedbackService.reasons(answer(5, 10, null), List.of(5, 4))).isEmpty();
        assertThat(FeedbackService.reasons(answer(5, 9, " "), List.of())).isEmpty();
        assertThat(FeedbackService.reasons(answer(5, 9, "Thanks!"), List.of())).containsExactly("COMMENT");
        assertThat(FeedbackService.reasons(answer(3, 7, null), List.of(4, 2))).containsExactly("LOW_RATING");
        assertThat(FeedbackService.reasons(answer(2, 6, "Late"), List.of())).containsExactly("COMMENT", "LOW_RATING", "DETRACTOR");
        assertThat(FeedbackService.reasons(answer(3, null, null), List.of())).isEmpty();
    }

    @Test
    void a_case_is_due_at_the_end_of_the_second_working_day() {
        // Wednesday 25.11.2026 14:00 Helsinki → Thu, Fri → due Saturday 28.11. 00:00 Helsinki (22:00 UTC Fri).
        assertThat(FeedbackService.due(Instant.parse("2026-11-25T12:00:00Z"), HELSINKI, 2))
                .isEqualTo(Instant.parse("2026-11-27T22:00:00Z"));
        // Friday 27.11. 16:00 Helsinki → Mon, Tue → due Wednesday 2.12. 00:00 Helsinki.
        assertThat(FeedbackService.due(Instant.parse("2026-11-27T14:00:00Z"), HELSINKI, 2))
                .isEqualTo(Instant.parse("2026-12-01T22:00:00Z"));
        // Saturday 28.11. → Mon, Tue → the same Wednesday.
        assertThat(FeedbackService.due(Instant.parse("2026-11-28T09:00:00Z"), HELSINKI, 2))
                .isEqualTo(Instant.parse("2026-12-01T22:00:00Z"));
    }

    @Test
    void the_kpi_share_is_contacted_in_time_over_cases_due() {
        assertThat(new ContactKpi(0, 0).share()).isNull();
        assertThat(new ContactKpi(4, 3).share()).isEqualTo(0.75);
    }
}
