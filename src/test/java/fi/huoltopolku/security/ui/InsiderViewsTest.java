package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.desk.VisitView;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each role sees of a customer on the visit page (the README's "Who sees what"): a colleague's
 * handed-over car whose customer answered the survey with a comment and approved extra work through
 * a link. Advisors, foremen and managers read the answers, contacts and messages (links masked);
 * a technician reads the work, and the services refuse them the rest; nobody reads a live token.
 */
class InsiderViewsTest extends ViewTest {

    private static final String COMMENT = "The noise is still there after the repair";

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject ApprovalService approvals;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;

    private String email;
    private String approvalToken;
    private String surveyToken;

    /** Booked, worked on by a technician, extra work approved through the link, handed over, answered. */
    private long answeredCar() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        int n = Staff.next();
        email = "customer" + n + "@example.com";
        Instant at = TestTime.soon();
        long id = visits.book(new Booking(new CustomerDetails("Customer " + n, "+358 40 555 " + (1000 + n), email,
                Staff.plate(), null, "Toyota", "Corolla", 2018), "Brakes squeak", at, at.plus(5, ChronoUnit.HOURS),
                advisor.id(), Set.of()), advisor.asActor());
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        visits.move(id, visits.find(id).getVersion(), Stage.IN_WORK, null, technician.asActor());
        long line = extraWork.flagExtraWork(id, "Front brake pads worn", null, Urgency.SAFETY, technician.asActor());
        approvalToken = approvals.send(id, Map.of(), advisor.asActor()).token();
        approvals.answer(approvalToken, Map.of(line, Decision.APPROVED));
        extraWork.markExtraWorkDone(line, technician.asActor());
        for (Stage next : new Stage[] {Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Checks.answerMandatory(checks, id, visits.find(id).getStage(), advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
        }
        surveyToken = invitations.ofVisit(id).get(0).token();
        surveys.submit(surveyToken, new SurveyAnswers(2, 3, Map.of(), COMMENT, true), "en");
        return id;
    }

    private String pageAs(Person person, long visit) {
        actAs(person);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(VisitView.class, visit);
        return _get(VisitView.class).getElement().getTextRecursively();
    }

    private Person someone(Role role) {
        int n = Staff.next();
        return people.create("insider" + n, "Insider " + n, role,
                role == Role.TECHNICIAN || role == Role.FOREMAN ? Department.WORKSHOP : Department.RECEPTION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"ADVISOR", "FOREMAN", "MANAGER"})
    void the_customer_side_reads_answers_contacts_and_that_links_were_sent_and_answered_but_no_token(Role role) {
        long visit = answeredCar();
        String phone = Phones.shown(overview.card(visit).customerPhone());
        String page = pageAs(someone(role), visit);

        assertThat(page).contains(COMMENT, "Overall 2/5", email, phone, "/approve/•••", "/survey/•••",
                "approval link sent by text message and e-mail", "the customer answered through the approval link");
        assertThat(page).doesNotContain(approvalToken, surveyToken);
        // Over the service too: the messages come masked, the answers whole.
        assertThat(invitations.outbox(visit)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.body()).doesNotContain(approvalToken).doesNotContain(surveyToken));
        assertThat(surveys.responses(visit)).singleElement().satisfies(r -> assertThat(r.comment()).isEqualTo(COMMENT));
    }

    @Test
    void a_technician_reads_the_work_of_a_colleagues_car_but_no_answers_contacts_messages_or_links() {
        long visit = answeredCar();
        String phone = overview.card(visit).customerPhone();
        Person juha = someone(Role.TECHNICIAN);
        String page = pageAs(juha, visit);

        assertThat(page).contains("Front brake pads worn", "Survey invitation open until")
                .contains("answered");
        assertThat(page).doesNotContain(COMMENT, "Overall 2/5", email, Phones.shown(phone), phone, "/approve/",
                "/survey/", "Messages to the customer", approvalToken, surveyToken);
        // A handed-over car is the counter's: the page offers the technician no move (the service refuses it too).
        assertThat(_find(Button.class, spec -> spec.withId("move-next"))).isEmpty();
        assertThatThrownBy(() -> visits.move(visit, visits.find(visit).getVersion(), Stage.CLOSED, null,
                juha.asActor())).isInstanceOf(Problem.class).hasMessageContaining("handled by the counter");

        // The services refuse what the screen does not show: not only hidden.
        assertThat(overview.details(visit).card().customerPhone()).isNull();
        assertThat(overview.details(visit).card().customerEmail()).isNull();
        assertForbidden(() -> surveys.responses(visit));
        assertForbidden(() -> surveys.firstComments(Set.of(visit)));
        assertForbidden(() -> invitations.outbox(visit));
        assertForbidden(() -> surveys.phoneAnswers(visit, new SurveyAnswers(5, 10, Map.of(), "great", false),
                juha.asActor()));
        assertForbidden(() -> approvals.ofVisit(visit));
    }

    @Test
    void an_admin_reads_no_visit_at_all() {
        long visit = answeredCar();
        actAs(someone(Role.ADMIN));
        assertForbidden(() -> overview.details(visit));
        assertForbidden(() -> surveys.responses(visit));
        assertForbidden(() -> invitations.outbox(visit));
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    }
}
