package fi.huoltopolku.quality.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Everyone sees their own feedback and nobody else's. */
class MyFeedbackViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject ImprovementService improvements;
    @Inject WorkshopClock clock;

    private long answered(Person advisor, Person technician, int timeliness, String comment) {
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
        surveys.submit(invitations.ofVisit(visit).get(0).token(),
                new SurveyAnswers(timeliness, null, Map.of("TIMELINESS", timeliness), comment, false), "fi");
        return visit;
    }

    private List<String> texts(String id) {
        return _find(_get(Div.class, spec -> spec.withId(id)), Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void a_technician_sees_their_own_themes_comments_and_actions_and_not_a_colleagues() {
        Person advisor = Staff.advisor(people);
        Person mine = Staff.technician(people);
        Person other = Staff.technician(people);
        String myComment = "Fixed within the hour, thank you " + Staff.next();
        String otherComment = "Still rattles after the repair " + Staff.next();
        answered(advisor, mine, 5, myComment);
        answered(advisor, other, 1, otherComment);
        long action = improvements.start("TIMELINESS", "Call the customer before the promise passes " + Staff.next(),
                advisor.id(), clock.today(), advisor.asActor());
        improvements.practised(action, clock.today(), advisor.fullName() + ", " + mine.fullName(), null);

        actAs(mine);
        UI.getCurrent().navigate(MyFeedbackView.class);
        assertThat(texts("my-comments")).contains("“" + myComment + "”").doesNotContain("“" + otherComment + "”");
        Div timeliness = _find(Div.class, spec -> spec.withClasses("my-theme")).stream()
                .filter(card -> "TIMELINESS".equals(card.getElement().getAttribute("data-theme"))).findFirst().orElseThrow();
        assertThat(_find(timeliness, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Your customers satisfied 100\u00a0% (n 1) · workshop"));
        assertThat(_find(Div.class, spec -> spec.withClasses("my-action"))).hasSize(1);
        assertThat(texts("my-actions")).contains("You practised it · started " + clock.today().format(
                DateTimeFormatter.ofPattern("d.M.yyyy")));

        // A year back holds the same, and says its period.
        @SuppressWarnings("unchecked")
        Select<Integer> period = _get(Select.class,
                spec -> spec.withId("my-period"));
        LocatorJ._setValue(period, 365);
        assertThat(texts("my-comments")).contains("“" + myComment + "”");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(text -> text.startsWith(
                "Your own figures from " + clock.today().minusDays(364).format(
                        DateTimeFormatter.ofPattern("d.M.yyyy"))));

        actAs(other);
        UI.getCurrent().navigate("my-jobs");
        UI.getCurrent().navigate(MyFeedbackView.class);
        assertThat(texts("my-comments")).contains("“" + otherComment + "”").doesNotContain("“" + myComment + "”");
        assertThat(_find(Div.class, spec -> spec.withClasses("my-action"))).as("not named in any session").isEmpty();
    }

    @Test
    void an_advisor_reads_how_their_estimates_compare_with_their_customers_answers() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        // Estimates 5 and 4; the customers answer 3 and 3: (5 − 3 + 4 − 3) / 2 = +1.5 over 2 visits.
        for (int estimate : new int[] {5, 4}) {
            long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
            surveys.estimate(visit, estimate, advisor.asActor());
            surveys.submit(invitations.ofVisit(visit).get(0).token(), new SurveyAnswers(3, null, Map.of(), null, false), "fi");
        }
        actAs(advisor);
        UI.getCurrent().navigate(MyFeedbackView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-estimate")).getText()).isEqualTo(
                "Your estimate minus the customer's own answer: +1.5 on average over 2 visits: you expect customers to be "
                        + "happier than they say.");
    }
}
