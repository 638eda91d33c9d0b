package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.SiteEditor.Configured;
import fi.huoltopolku.security.SiteEditor.Form;
import fi.huoltopolku.security.SiteEditor;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The group admin's sites: every workshop of the installation with its settings; add one or edit
 * one, each setting left empty shown with the configured value it stands for. With one site this
 * is where the second is added.
 */
@Route("admin/sites")
@RolesAllowed("ADMIN")
@Prototype
public class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final Sites sites;
    private final SiteEditor editor;
    private final Messages messages;
    private final Configured configured;
    private final Grid<Site> grid = new Grid<>();

    public SitesView(Sites sites, SiteEditor editor, Messages messages) {
        this.sites = sites;
        this.editor = editor;
        this.messages = messages;
        this.configured = editor.configured();
        setMaxWidth("90rem");
        grid.addColumn(Site::code).setHeader(getTranslation("site.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(sites::name).setHeader(getTranslation("site.name")).setKey("name").setAutoWidth(true);
        grid.addComponentColumn(s -> shown(s.address(), "")).setHeader(getTranslation("site.address"))
                .setKey("address");
        grid.addComponentColumn(s -> shown(s.contact(), configured.contact()))
                .setHeader(getTranslation("site.contact")).setKey("contact");
        grid.addComponentColumn(s -> shown(s.zone(), configured.zone())).setHeader(getTranslation("site.zone"))
                .setKey("zone").setAutoWidth(true);
        grid.addComponentColumn(s -> shown(hours(s), configured.opens() + "–" + configured.closes() + " "
                + days(configured.openDays()))).setHeader(getTranslation("site.settings")).setKey("hours");
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("site.edit"), e -> open(s));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-" + s.code());
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("sites");
        Button add = new Button(getTranslation("site.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-site");
        add(new H2(getTranslation("nav.sites")), new Paragraph(getTranslation("site.intro")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sites.refresh());
    }

    /** A setting's value, or the configured one it stands for, greyed. */
    private Span shown(@Nullable String value, String asConfigured) {
        if (value != null && !value.isBlank()) {
            return new Span(value);
        }
        Span span = new Span(asConfigured.isBlank() ? "" : asConfigured);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        span.getElement().setAttribute("title", getTranslation("site.asConfigured"));
        return span;
    }

    private @Nullable String hours(Site site) {
        if (site.opens() == null && site.closes() == null && site.openDays() == null) {
            return null;
        }
        Set<DayOfWeek> days = Form.of(site).openDays();
        return (site.opens() == null ? configured.opens() : site.opens()) + "–"
                + (site.closes() == null ? configured.closes() : site.closes()) + " "
                + days(days.isEmpty() ? configured.openDays() : days);
    }

    private String days(Collection<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(d -> d.getDisplayName(TextStyle.SHORT, getLocale()))
                .collect(Collectors.joining(" "));
    }

    /** The add (site {@code null}) or edit dialog. */
    private void open(@Nullable Site site) {
        Map<String, TextField> texts = new LinkedHashMap<>();
        text(texts, "code", "site.code", site == null ? "" : null);
        text(texts, "name", "site.name", site == null ? "" : configured.name());
        text(texts, "address", "site.address", "");
        text(texts, "contact", "site.contact", configured.contact());
        text(texts, "publicUrl", "site.publicUrl", configured.publicUrl());
        text(texts, "zone", "site.zone", configured.zone());
        text(texts, "opens", "site.opens", configured.opens());
        text(texts, "closes", "site.closes", configured.closes());
        text(texts, "postInspectionShare", "site.postInspectionShare", configured.postInspectionShare());
        text(texts, "senderName", "site.senderName", configured.senderName());
        texts.get("code").setRequired(true);
        CheckboxGroup<DayOfWeek> openDays = new CheckboxGroup<>(getTranslation("site.openDays"));
        openDays.setItems(DayOfWeek.values());
        openDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        openDays.setHelperText(getTranslation("site.openDaysConfigured", days(configured.openDays())));
        openDays.setId("site-openDays");
        long[] version = {0};
        Function<Site, Site> fill = s -> {
            Form form = Form.of(s);
            set(texts, "code", form.code());
            set(texts, "name", form.name());
            set(texts, "address", form.address());
            set(texts, "contact", form.contact());
            set(texts, "publicUrl", form.publicUrl());
            set(texts, "zone", form.zone());
            set(texts, "opens", form.opens());
            set(texts, "closes", form.closes());
            set(texts, "postInspectionShare", form.postInspectionShare());
            set(texts, "senderName", form.senderName());
            openDays.setValue(form.openDays());
            version[0] = s.version() == null ? 0 : s.version();
            return s;
        };
        if (site != null) {
            fill.apply(site);
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>(texts);
        fields.put("openDays", openDays);
        FormLayout form = new FormLayout();
        texts.values().forEach(form::add);
        form.add(openDays, 2);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(site == null ? getTranslation("site.add") : sites.name(site));
        dialog.setMaxWidth("48rem");
        dialog.add(form);
        Button ok = new Button(getTranslation("action.save"), e -> {
            Form typed = new Form(value(texts, "code"), value(texts, "name"), value(texts, "address"),
                    value(texts, "contact"), value(texts, "publicUrl"), value(texts, "zone"), value(texts, "opens"),
                    value(texts, "closes"), openDays.getValue(), value(texts, "postInspectionShare"),
                    value(texts, "senderName"), site == null ? null : version[0]);
            try {
                if (site == null) {
                    editor.create(typed);
                } else {
                    editor.update(site.siteId(), typed);
                }
                dialog.close();
                Ui.saved("site.saved");
                refresh();
            } catch (Problem problem) {
                if (problem.kind() == Problem.Kind.CONFLICT && site != null) {
                    // Someone else saved this site meanwhile: their version is shown, to check and save again.
                    fields.values().forEach(f -> f.setInvalid(false));
                    sites.find(site.siteId()).ifPresent(fill::apply);
                    refresh();
                    Ui.show(problem, messages);
                } else if (!Ui.markInvalid(fields, problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("site-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** A text field whose placeholder is the configured value an empty setting stands for. */
    private void text(Map<String, TextField> texts, String field, String label, @Nullable String asConfigured) {
        TextField text = new TextField(getTranslation(label));
        text.setId("site-" + field);
        if (asConfigured != null && !asConfigured.isBlank()) {
            text.setPlaceholder(asConfigured);
            text.setHelperText(getTranslation("site.asConfigured") + ": " + asConfigured);
        }
        text.setClearButtonVisible(true);
        texts.put(field, text);
    }

    private static void set(Map<String, TextField> texts, String field, @Nullable String value) {
        texts.get(field).setValue(value == null ? "" : value);
    }

    private static String value(Map<String, TextField> texts, String field) {
        return texts.get(field).getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sites");
    }
}
