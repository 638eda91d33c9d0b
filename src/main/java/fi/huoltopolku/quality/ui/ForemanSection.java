package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.quality.ForemanWork.ThemeWork;
import fi.huoltopolku.quality.ForemanWork.Work;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.stats.Proportion;

/**
 * A foreman's part of "My feedback": the quality checks and post-inspections they did and how many
 * found a problem, the cars they sent back to work, their checked cars' customers beside the
 * workshop's, and the same per theme, as cards that fit the workshop tablet.
 */
final class ForemanSection {

    private ForemanSection() {
    }

    static Div of(Work work) {
        Div section = new Div();
        section.setId("foreman-work");
        section.add(new H3(Ui.text("myFeedback.foremanWork")));
        if (work.qualityChecks() == 0 && work.postInspections() == 0 && work.sentBack() == 0) {
            section.add(Ui.withClass(new Paragraph(Ui.text("myFeedback.noForemanWork")), "text-secondary"));
            return section;
        }
        Div summary = Ui.withClass(new Div(), "visit-tile", "foreman-summary");
        summary.add(line("foreman-quality-checks", Ui.text("myFeedback.qualityChecks", work.qualityChecks(), work.qualityChecksFound())),
                line("foreman-post-inspections", Ui.text("myFeedback.foremanPostInspections", work.postInspections(),
                        work.postInspectionsFound())),
                line("foreman-sent-back", Ui.text("myFeedback.sentBack", work.sentBack())));
        Proportion customers = work.customersSatisfied();
        summary.add(line("foreman-customers", customers.n() == 0 ? Ui.text("myFeedback.noCheckedCustomers")
                : Ui.text("myFeedback.checkedCustomers", ThemeSentence.percent(customers.rate()), customers.n(),
                        ThemeSentence.percent(work.workshopSatisfied().rate()))));
        section.add(summary);

        section.add(new H3(Ui.text("myFeedback.foremanThemes")));
        Div themes = Ui.withClass(new Div(), "job-grid", "my-themes");
        themes.setId("foreman-themes");
        for (ThemeWork theme : work.themes()) {
            Div card = Ui.withClass(new Div(), "visit-tile", "my-theme");
            card.getElement().setAttribute("data-theme", theme.theme().code());
            card.add(Ui.withClass(new Span(theme.theme().name(Ui.locale())), "font-semibold"));
            if (theme.checked() > 0) {
                card.add(Ui.withClass(new Paragraph(Ui.text("myFeedback.themeQualityChecks", theme.checked(), theme.checkedNo())),
                        "m-0", "my-side"));
            }
            if (theme.inspected() > 0) {
                card.add(Ui.withClass(new Paragraph(Ui.text("myFeedback.themePostInspections", theme.inspected(),
                        theme.inspectedNo())), "m-0", "my-side"));
            }
            themes.add(card);
        }
        section.add(themes);
        return section;
    }

    private static Paragraph line(String id, String text) {
        Paragraph paragraph = Ui.withClass(new Paragraph(text), "m-0");
        paragraph.setId(id);
        return paragraph;
    }
}
