package fi.huoltopolku.approval.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.desk.VisitView;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor types a price estimate on the visit page's "Send to the customer for approval": either
 * decimal mark on either language's screen is the same price, shown beside the field as the customer
 * will read it; a price that could be read two ways is named by its field and nothing is sent.
 */
class ApprovalDialogTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject ApprovalService approvals;
    @Inject InvitationService invitations;

    private long lineId;

    /** A car in work with one extra-work line waiting for the customer (a Finnish-speaking one). */
    private long waitingCar(Person advisor) {
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        lineId = extraWork.flagExtraWork(id, "Front brake pads worn", null, Urgency.SAFETY, technician.asActor());
        return id;
    }

    private void openDialog(long visit, String language) {
        Locale locale = "fi".equals(language) ? Messages.FINNISH : Locale.ENGLISH;
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(VisitView.class, visit);
        _click(_get(Button.class, spec -> spec.withId("approval-send")));
    }

    @ParameterizedTest(name = "{0} screen, typed {1}")
    @CsvSource(delimiter = '|', value = {"en|35,50", "en|35.50", "fi|35,50", "fi|35.50"})
    void either_decimal_mark_is_the_same_price_shown_as_the_customer_will_read_it(String language, String typed) {
        Person advisor = Staff.advisor(people);
        long visit = waitingCar(advisor);
        actAs(advisor);
        openDialog(visit, language);

        TextField price = _get(TextField.class, spec -> spec.withId("approval-price-" + lineId));
        _setValue(price, typed);
        assertThat(price.isInvalid()).isFalse();
        // The customer reads Finnish: the page will say 35,50 € whatever the advisor's screen.
        assertThat(_get(Span.class, spec -> spec.withId("approval-price-" + lineId + "-preview")).getText())
                .isEqualTo(("fi".equals(language) ? "Asiakas näkee: " : "The customer sees: ") + "35,50\u00A0€");
        _click(_get(Button.class, spec -> spec.withId("approval-confirm")));

        assertThat(approvals.ofVisit(visit)).hasSize(1);
        ExtraWork line = overview.extraWork(visit).get(0);
        assertThat(line.priceEstimate()).isEqualByComparingTo("35.50");
    }

    @ParameterizedTest(name = "{0} screen")
    @CsvSource({"en", "fi"})
    void a_price_that_could_be_read_two_ways_is_named_by_its_field_and_nothing_is_sent(String language) {
        Person advisor = Staff.advisor(people);
        long visit = waitingCar(advisor);
        actAs(advisor);
        openDialog(visit, language);

        TextField price = _get(TextField.class, spec -> spec.withId("approval-price-" + lineId));
        _setValue(price, "1.234");
        _click(_get(Button.class, spec -> spec.withId("approval-confirm")));

        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).isEqualTo("fi".equals(language)
                ? "'1.234' voi tarkoittaa kahta eri summaa: kirjoita tuhannet ilman erotinta (1234) tai enintään kaksi desimaalia (1,23)"
                : "'1.234' could be read two ways: write thousands without a separator (1234), or at most two decimals (1.23)");
        assertThat(_get(Span.class, spec -> spec.withId("approval-price-" + lineId + "-preview")).getText()).isEmpty();
        assertThat(approvals.ofVisit(visit)).isEmpty();
        assertThat(invitations.outbox(visit)).noneMatch(m -> m.body().contains("/approve/"));
        assertThat(overview.extraWork(visit).get(0).priceEstimate()).isNull();
        assertThat(price.getValue()).isEqualTo("1.234"); // nothing typed is lost

        // Corrected, it goes: the dialog's send button works again.
        _setValue(price, "1234");
        _click(_get(Button.class, spec -> spec.withId("approval-confirm")));
        assertThat(approvals.ofVisit(visit)).hasSize(1);
        assertThat(overview.extraWork(visit).get(0).priceEstimate()).isEqualByComparingTo("1234.00");
    }
}
