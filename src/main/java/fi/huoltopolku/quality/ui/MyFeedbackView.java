package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.MyFeedbackService;
import fi.huoltopolku.quality.MyFeedbackService.ActionLine;
import fi.huoltopolku.quality.MyFeedbackService.MyFeedback;
import fi.huoltopolku.quality.MyFeedbackService.ThemeLine;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.survey.EstimateBias;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * "My feedback": the signed-in advisor's, technician's or foreman's own themes next to the
 * workshop's, what their customers wrote, their estimate bias (advisors) or the re-checks of their
 * cars (technicians), and the improvement actions they take part in. Readable on the workshop
 * tablet: cards, large figures, no table to scroll sideways.
 */
@Route("my-feedback")
@RolesAllowed({"ADVISOR", "TECHNICIAN", "FOREMAN"})
@Prototype
public class MyFeedbackView extends VerticalLayout implements HasDynamicTitle {


    private final MyFeedbackService service;
    private final Div content = new Div();

    public MyFeedbackView(MyFeedbackService service) {
        this.service = service;
        setMaxWidth("72rem");
        addClassName("my-feedback");
        Select<Integer> period = new Select<>();
        period.setLabel(getTranslation("myFeedback.period"));
        period.setItems(MyFeedbackService.PERIODS);
        period.setItemLabelGenerator(days -> getTranslation("myFeedback.lastDays", days));
        period.setValue(MyFeedbackService.PERIODS.get(0));
        period.setId("my-period");
        period.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        add(new H2(getTranslation("myFeedback.title")), period, content);
        show(period.getValue());
    }

    private void show(int days) {
        content.removeAll();
        MyFeedback mine = service.mine(days);
        boolean advisor = mine.person().role() == Role.ADVISOR;
        boolean foreman = mine.foreman() != null;
        content.add(Ui.withClass(new Paragraph(getTranslation("myFeedback.intro", Days.shown(mine.from()),
                Days.shown(mine.to()), getTranslation(advisor ? "myFeedback.asAdvisor"
                        : foreman ? "myFeedback.asForeman" : "myFeedback.asTechnician"))),
                "text-secondary"));
        if (foreman) {
            content.add(ForemanSection.of(mine.foreman()));
        } else {
            ownThemes(mine, advisor);
        }
        comments(mine);
        actions(mine);
    }

    /** An advisor's or technician's own themes, and their estimates or the re-checks of their cars. */
    private void ownThemes(MyFeedback mine, boolean advisor) {
        Div themes = Ui.withClass(new Div(), "job-grid", "my-themes");
        themes.setId("my-themes");
        for (ThemeLine line : mine.themes()) {
            themes.add(themeCard(line, mine.minAnswers(), !advisor));
        }
        content.add(new H3(getTranslation("myFeedback.themes")), themes);

        if (advisor) {
            content.add(new H3(getTranslation("myFeedback.estimates")), estimate(mine.estimateBias()));
        } else {
            Proportion post = mine.postInspections();
            content.add(new H3(getTranslation("myFeedback.postInspections")), Ui.withClass(new Paragraph(post.n() == 0
                    ? getTranslation("myFeedback.noPostInspections")
                    : getTranslation("myFeedback.postInspectionsSay", ThemeSentence.percent(post.rate()), post.n())),
                    "post-inspection-result"));
        }
    }

    private void comments(MyFeedback mine) {
        content.add(new H3(getTranslation("myFeedback.comments", mine.comments().size())));
        Div comments = new Div();
        comments.setId("my-comments");
        if (mine.comments().isEmpty()) {
            comments.add(Ui.withClass(new Paragraph(getTranslation("myFeedback.noComments")), "text-secondary"));
        }
        for (Said said : mine.comments()) {
            Paragraph comment = Ui.withClass(new Paragraph("“" + said.text() + "”"), "customer-comment");
            if (said.times() > 1) {
                comment.add(Ui.withClass(new Span(" " + getTranslation("report.saidTimes", said.times())), "text-s",
                        "text-secondary"));
            }
            comments.add(comment);
        }
        content.add(comments);
    }

    private void actions(MyFeedback mine) {
        content.add(new H3(getTranslation("myFeedback.actions")));
        Div actions = Ui.withClass(new Div(), "job-grid");
        actions.setId("my-actions");
        if (mine.actions().isEmpty()) {
            content.add(Ui.withClass(new Paragraph(getTranslation("myFeedback.noActions")), "text-secondary"));
        }
        for (ActionLine line : mine.actions()) {
            actions.add(actionCard(line));
        }
        content.add(actions);
    }

    /** A theme: one's own checks and customers beside the workshop's, in large type. */
    private Div themeCard(ThemeLine line, int minAnswers, boolean technician) {
        Div card = Ui.withClass(new Div(), "visit-tile", "my-theme");
        card.getElement().setAttribute("data-theme", line.theme().code());
        card.add(Ui.withClass(new Span(line.theme().name(getLocale())), "font-semibold"));
        card.add(side("myFeedback.yourChecks", line.myChecks(), line.workshopChecks(), minAnswers));
        card.add(side("myFeedback.yourCustomers", line.myCustomers(), line.workshopCustomers(), minAnswers));
        if (technician && line.myPostInspections().n() > 0) {
            card.add(Ui.withClass(new Paragraph(getTranslation("myFeedback.rechecked",
                    ThemeSentence.percent(line.myPostInspections().rate()), line.myPostInspections().n())), "text-s", "m-0"));
        }
        return card;
    }

    private Paragraph side(String key, Proportion mine, Proportion workshop, int minAnswers) {
        String text;
        if (mine.n() == 0) {
            text = getTranslation(key, "–", 0) + " · " + getTranslation("myFeedback.workshop", ThemeSentence.percent(workshop.rate()));
        } else {
            text = getTranslation(key, ThemeSentence.percent(mine.rate()), mine.n()) + " · "
                    + getTranslation("myFeedback.workshop", ThemeSentence.percent(workshop.rate()));
            if (mine.n() < minAnswers) {
                text += " · " + getTranslation("myFeedback.fewAnswers");
            }
        }
        Paragraph paragraph = Ui.withClass(new Paragraph(text), "m-0", "my-side");
        paragraph.getElement().setAttribute("title", mine.n() == 0 ? "" : getTranslation("report.interval",
                Math.round(100 * mine.low()), Math.round(100 * mine.high())));
        return paragraph;
    }

    /** An advisor's estimates against their customers' answers, read in words. */
    private Paragraph estimate(EstimateBias bias) {
        Paragraph line;
        if (bias == null || bias.n() == 0 || bias.mean() == null) {
            line = new Paragraph(getTranslation("myFeedback.noEstimates"));
        } else {
            double mean = bias.mean();
            String reading = getTranslation(mean >= 0.25 ? "myFeedback.estimateHigh" : mean <= -0.25
                    ? "myFeedback.estimateLow" : "myFeedback.estimateRight");
            line = new Paragraph(getTranslation("myFeedback.estimateSays",
                    String.format(getLocale(), "%+.1f", mean).replace('-', '−'), bias.n(), reading));
        }
        line.setId("my-estimate");
        return line;
    }

    /** An action one owns or practised in, and whether it worked so far. */
    private Div actionCard(ActionLine line) {
        Div card = Ui.withClass(new Div(), "visit-tile", "my-action");
        card.add(Ui.withClass(new Span(line.theme().name(getLocale()) + " · " + Ui.tr(line.action().status())),
                "font-semibold"));
        card.add(Ui.withClass(new Paragraph(line.action().whatChanges()), "m-0"));
        card.add(Ui.withClass(new Paragraph(getTranslation(line.owner() ? "myFeedback.youOwn" : "myFeedback.youPractised",
                Days.shown(line.action().startDate()))), "text-s", "text-secondary", "m-0"));
        card.add(verdict("improvements.side.checks", line.figures().objective()),
                verdict("improvements.side.customers", line.figures().subjective()));
        return card;
    }

    private Paragraph verdict(String side, Change change) {
        String text = getTranslation(side) + ": " + (change.before().n() == 0 ? "–" : ThemeSentence.percent(change.before().rate()))
                + " → " + (change.after().n() == 0 ? "–" : ThemeSentence.percent(change.after().rate())) + " · "
                + Ui.tr(change.verdict());
        Paragraph paragraph = Ui.withClass(new Paragraph(text), "text-s", "m-0");
        paragraph.getElement().setAttribute("data-verdict", change.verdict().name().toLowerCase(Locale.ROOT));
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myFeedback.title");
    }
}
