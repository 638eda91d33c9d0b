package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.visit.VisitType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The quality report's period (both dates inclusive, the last 90 days at first) and narrowing, and
 * the CSV and PDF downloads of the same report; tells the report when any of it changes.
 */
final class ReportFilters extends HorizontalLayout {

    private final WorkshopClock clock;
    private final DatePicker from = DateTexts.localized(new DatePicker());
    private final DatePicker to = DateTexts.localized(new DatePicker());
    private final Select<Department> department = new Select<>();
    private final ComboBox<Person> advisor = new ComboBox<>();
    private final ComboBox<Person> technician = new ComboBox<>();
    private final ComboBox<String> make = new ComboBox<>();
    private final Select<VisitType> visitType = new Select<>();
    private final Anchor csv = new Anchor();
    private final Anchor pdf = new Anchor();
    /** The sites the report is narrowed to (all unless opened for a site), and that site's code for the downloads. */
    private SiteScope sites = SiteScope.ALL;
    private @Nullable String siteCode;

    ReportFilters(PeopleService people, List<String> makes, WorkshopClock clock, Runnable changed) {
        this.clock = clock;
        LocalDate today = clock.today();
        from.setLabel(getTranslation("report.from"));
        from.setValue(today.minusDays(89));
        to.setLabel(getTranslation("report.to"));
        to.setValue(today);
        department.setLabel(getTranslation("field.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d == null ? getTranslation("report.all") : d.name(getLocale()));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("report.all"));
        advisor.setLabel(getTranslation("field.advisor"));
        advisor.setItems(people.withRole(Role.ADVISOR));
        advisor.setItemLabelGenerator(Person::fullName);
        advisor.setClearButtonVisible(true);
        technician.setLabel(getTranslation("field.technician"));
        technician.setItems(people.withRole(Role.TECHNICIAN));
        technician.setItemLabelGenerator(Person::fullName);
        technician.setClearButtonVisible(true);
        make.setLabel(getTranslation("field.vehicle.make"));
        make.setItems(makes);
        make.setClearButtonVisible(true);
        make.setId("filter-make");
        visitType.setLabel(getTranslation("field.visitType"));
        visitType.setItems(VisitType.values());
        visitType.setItemLabelGenerator(t -> t == null ? getTranslation("report.all") : Ui.tr(t));
        visitType.setEmptySelectionAllowed(true);
        visitType.setEmptySelectionCaption(getTranslation("report.all"));
        visitType.setId("filter-visit-type");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> changed.run()));
        department.addValueChangeListener(e -> changed.run());
        advisor.addValueChangeListener(e -> changed.run());
        technician.addValueChangeListener(e -> changed.run());
        make.addValueChangeListener(e -> changed.run());
        visitType.addValueChangeListener(e -> changed.run());
        csv.setText(getTranslation("report.csv"));
        csv.setId("download-csv");
        pdf.setText(getTranslation("report.pdf"));
        pdf.setId("download-pdf");
        csv.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("download", true);
        HorizontalLayout downloads = new HorizontalLayout(csv, pdf);
        downloads.setAlignSelf(FlexComponent.Alignment.END);
        add(from, to, department, advisor, technician, make, visitType, downloads);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** The period of a link from the group comparison (the first date of each, YYYY-MM-DD); one that is not a date is ignored. */
    void period(List<String> first, List<String> last) {
        for (var pair : List.of(Map.entry(from, first), Map.entry(to, last))) {
            try {
                pair.getValue().stream().findFirst().map(String::strip).map(LocalDate::parse).filter(Dates::sane)
                        .ifPresent(pair.getKey()::setValue);
            } catch (DateTimeParseException e) {
                // left as it was
            }
        }
    }

    /** Narrows the report to a site (opened from the group comparison); the downloads say the same site. */
    void site(SiteScope scope, @Nullable String code) {
        sites = scope;
        siteCode = code;
    }

    /** The report's filter as chosen now; the downloads are pointed at the same report. */
    FigureFilter filter() {
        LocalDate start = from.getValue() == null ? clock.today().minusDays(89) : from.getValue();
        LocalDate last = to.getValue() == null ? clock.today() : to.getValue();
        FigureFilter filter = FigureFilter.period(start.atStartOfDay(clock.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        if (!sites.all()) {
            filter = filter.sites(sites);
        }
        if (department.getValue() != null) {
            filter = filter.department(department.getValue().code());
        }
        if (advisor.getValue() != null) {
            filter = filter.advisor(advisor.getValue().id());
        }
        if (technician.getValue() != null) {
            filter = filter.technician(technician.getValue().id());
        }
        if (make.getValue() != null) {
            filter = filter.make(make.getValue());
        }
        if (visitType.getValue() != null) {
            filter = filter.type(visitType.getValue());
        }
        // The downloads say the same period as the screen: both dates inclusive.
        String query = "?from=" + start + "&to=" + last
                + (department.getValue() == null ? "" : "&department=" + department.getValue().code())
                + (advisor.getValue() == null ? "" : "&advisor=" + advisor.getValue().username())
                + (technician.getValue() == null ? "" : "&technician=" + technician.getValue().username())
                + (make.getValue() == null ? "" : "&make=" + URLEncoder.encode(make.getValue(), StandardCharsets.UTF_8))
                + (visitType.getValue() == null ? "" : "&visitType=" + visitType.getValue().name())
                + (siteCode == null ? "" : "&site=" + URLEncoder.encode(siteCode, StandardCharsets.UTF_8));
        csv.setHref("api/v1/reports/comparison.csv" + query);
        pdf.setHref("api/v1/reports/comparison.pdf" + query + "&lang=" + getLocale().getLanguage());
        return filter;
    }
}
