package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.demo.DemoJourney.Step;
import fi.huoltopolku.feedback.FeedbackCard;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.VisitEvent;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's customers say after handover: the advisor's estimate, the survey answers (with
 * comments that fit their ratings) and, for older visits, the feedback followed up and resolved.
 * Changes when the demo's customers should answer differently.
 */
final class DemoAnswers {

    private static final DemoComments COMMENTS = DemoComments.load();

    private final VisitService visits;
    private final WorkshopClock clock;
    private final SurveyService surveys;
    private final InvitationService invitations;
    private final FeedbackService feedback;
    private final VisitOverviewService overview;

    DemoAnswers(VisitService visits, WorkshopClock clock, SurveyService surveys, InvitationService invitations,
            FeedbackService feedback, VisitOverviewService overview) {
        this.visits = visits;
        this.clock = clock;
        this.surveys = surveys;
        this.invitations = invitations;
        this.feedback = feedback;
        this.overview = overview;
    }

    /**
     * The advisor's estimate at handover (Mikko is always sure customers are delighted), and about
     * six customers in ten answering the survey, a few by phone; older cases contacted and resolved.
     * In the site's {@code blindSpot} theme (if it has one) every customer rates, every other one low.
     */
    void afterHandover(long id, Person advisor, Actor counter, boolean old, @Nullable String blindSpot, Random r,
            Step t) {
        if (r.nextInt(10) < 8) {
            surveys.estimate(id, advisor.username().equals("mikko") ? 5 : 3 + r.nextInt(3), counter);
        }
        if (r.nextInt(10) >= 6) {
            return;
        }
        at(t.advance(60 * (2 + r.nextInt(40))));
        // Most customers are content; Mikko's customers find the invoice unexplained although he always
        // ticks "invoice explained" (a blind spot), and late cars are rated low on timeliness.
        boolean late = visits.find(id).getPromisedAt().isBefore(readyAt(id));
        int mood = r.nextInt(100);
        int overall = mood < 4 ? 1 + r.nextInt(2) : mood < 9 ? 3 : 4 + r.nextInt(2);
        Integer nps = r.nextInt(5) == 0 ? null : Math.max(0, Math.min(10, overall * 2 + r.nextInt(3) - 1));
        Map<String, Integer> ratings = new HashMap<>();
        for (String theme : List.of("BOOKING", "RECEPTION", "EXTRA_WORK", "WORK_QUALITY", "TIMELINESS", "CARE",
                "HANDOVER")) {
            if (r.nextInt(4) == 0 && !theme.equals(blindSpot)) {
                continue;
            }
            int rating = Math.max(1, Math.min(5, overall + (r.nextInt(10) == 0 ? -1 : 0)));
            if (theme.equals("HANDOVER") && advisor.username().equals("mikko")) {
                rating = 1 + r.nextInt(3);
            }
            if (theme.equals("TIMELINESS") && late) {
                rating = 1 + r.nextInt(3);
            }
            if (theme.equals(blindSpot) && r.nextBoolean()) {
                rating = Math.min(rating, 1 + r.nextInt(3));
            }
            ratings.put(theme, rating);
        }
        String comment = overall <= 2 || r.nextInt(4) == 0 ? COMMENTS.pick(overall, ratings, new Random(r.nextInt(1 << 30))) : null;
        SurveyAnswers answers = new SurveyAnswers(overall, nps, ratings,
                comment, r.nextBoolean());
        if (r.nextInt(8) == 0) {
            surveys.phoneAnswers(id, answers, counter);
        } else {
            surveys.submit(invitations.ofVisit(id).get(0).token(), answers, "fi");
        }
        if (old) {
            for (FeedbackCard c : feedback.ofVisit(id)) {
                at(t.advance(60 * (4 + r.nextInt(60))));
                feedback.contacted(c.id(), c.version(), "Soitettu asiakkaalle, pahoiteltu ja sovittu jatkosta", counter);
                feedback.tag(c.id(), new HashSet<>(c.suggestedTags()));
                at(t.advance(60 * 24));
                feedback.resolve(c.id(), c.version() + 1, "Korjattu veloituksetta / selitetty asiakkaalle", counter);
            }
        }
    }

    /** When the car first became ready (or now, if it never did). */
    private Instant readyAt(long id) {
        return overviewOf(id).stream()
                .filter(e -> e.kind() == EventKind.STAGE && "READY".equals(e.toValue()))
                .map(VisitEvent::at).findFirst().orElse(clock.now());
    }

    private List<VisitEvent> overviewOf(long id) {
        return overview.timeline(id);
    }

    private void at(Instant time) {
        clock.use(Clock.fixed(time, ZoneOffset.UTC));
    }
}
