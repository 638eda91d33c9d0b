package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.CheckItemService;
import fi.huoltopolku.checks.CheckItemVersion;
import fi.huoltopolku.checks.ItemKind;
import fi.huoltopolku.checks.ItemTemplate;
import fi.huoltopolku.checks.ui.ItemForm;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The check items and themes, for a manager or admin: add, reword (a new version with a preview),
 * reorder, retire; themes renamed in both languages and retired, never deleted.
 */
@Route("check-items")
@RolesAllowed("MANAGER")
@Prototype
public class CheckItemsView extends VerticalLayout implements HasDynamicTitle {

    /** One list of items: the in-flow items of a stage, or the post-inspection or derived items. */
    record ItemList(ItemKind kind, @Nullable Stage stage) {
    }

    private final CheckItemService items;
    private final ThemeService themes;
    private final Messages messages;
    private final WorkshopClock clock;
    private final FeedbackService feedback;
    private final Select<ItemList> list = new Select<>();
    private final Grid<ItemTemplate> grid = new Grid<>();
    private final Grid<Theme> themeGrid = new Grid<>();
    private final Button add = new Button();

    public CheckItemsView(CheckItemService items, ThemeService themes, Messages messages, WorkshopClock clock,
            FeedbackService feedback) {
        this.feedback = feedback;
        this.items = items;
        this.themes = themes;
        this.messages = messages;
        this.clock = clock;
        List<ItemList> lists = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.CLOSED && stage != Stage.FOLLOW_UP) {
                lists.add(new ItemList(ItemKind.PROCESS, stage));
            }
        }
        lists.add(new ItemList(ItemKind.POST_INSPECTION, null));
        lists.add(new ItemList(ItemKind.DERIVED, null));
        list.setLabel(getTranslation("checkItems.list"));
        list.setItems(lists);
        list.setItemLabelGenerator(l -> l.stage() == null ? Ui.tr(l.kind()) : Ui.tr(l.kind()) + ": " + Ui.tr(l.stage()));
        list.setValue(lists.get(0));
        list.setId("item-list");
        list.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("checkItems.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-item");
        add.addClickListener(e -> openEditor(null));

        grid.setId("items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> t.item().code()).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(t -> t.current().question().in(getLocale())).setHeader(getTranslation("checkItems.question"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.theme().name(getLocale())).setHeader(getTranslation("field.theme")).setAutoWidth(true);
        grid.addColumn(t -> Ui.tr(t.current().role())).setHeader(getTranslation("field.role")).setAutoWidth(true);
        grid.addColumn(t -> t.current().mandatory() ? "✔" : "").setHeader(getTranslation("field.mandatory"))
                .setAutoWidth(true);
        grid.addColumn(t -> "v" + t.current().number() + (t.retired() ? " · " + getTranslation("checkItems.retired") : ""))
                .setHeader(getTranslation("checkItems.version")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        themeGrid.setId("themes");
        themeGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        themeGrid.addColumn(Theme::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        themeGrid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("checkItems.themeName")).setAutoWidth(true);
        themeGrid.addColumn(t -> t.description(getLocale())).setHeader(getTranslation("checkItems.themeDescription"))
                .setFlexGrow(2);
        themeGrid.addColumn(t -> t.retired() ? getTranslation("checkItems.retired") : "").setAutoWidth(true);
        themeGrid.addComponentColumn(this::themeActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        themeGrid.setAllRowsVisible(true);

        HorizontalLayout top = new HorizontalLayout(list, add);
        top.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.checkItems")), new Paragraph(getTranslation("checkItems.help")), top, grid,
                new H2(getTranslation("checkItems.themes")), themeGrid);
        refresh();
    }

    private void refresh() {
        ItemList shown = list.getValue();
        grid.setItems(items.templates(shown.kind(), shown.stage()));
        add.setVisible(shown.kind() != ItemKind.DERIVED);
        themeGrid.setItems(themes.all());
    }

    private HorizontalLayout actions(ItemTemplate t) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> attempt(() -> items.move(t.item().id(), t.item().version(), true)));
        up.setAriaLabel(getTranslation("checkItems.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> attempt(() -> items.move(t.item().id(), t.item().version(), false)));
        down.setAriaLabel(getTranslation("checkItems.down"));
        Button edit = new Button(getTranslation("checkItems.reword"), e -> openEditor(t));
        edit.addClassName("reword");
        Button versions = new Button(getTranslation("checkItems.versions"), e -> openVersions(t));
        Button retire = new Button(getTranslation(t.retired() ? "checkItems.restore" : "checkItems.retire"),
                e -> attempt(() -> items.setRetired(t.item().id(), t.item().version(), !t.retired())));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(up, down, edit, versions);
        if (t.item().kind() != ItemKind.DERIVED) {
            buttons.add(retire);
        }
        buttons.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void openEditor(@Nullable ItemTemplate existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? getTranslation("checkItems.add")
                : getTranslation("checkItems.rewordTitle", existing.item().code(), existing.current().number() + 1));
        dialog.setWidth("min(44rem, 96vw)");
        ItemForm form = new ItemForm(themes.active(), existing);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ItemList shown = list.getValue();
                if (existing == null) {
                    items.add(form.code.getValue(), shown.kind(), shown.stage(), form.wording(), CurrentUser.actor());
                } else {
                    items.reword(existing.item().id(), existing.item().version(), form.wording(), CurrentUser.actor());
                }
                dialog.close();
                refresh();
            } catch (Problem problem) {
                form.markInvalid(problem, messages);
                Ui.show(problem, messages);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("item-save");
        if (existing != null) {
            dialog.add(new Paragraph(getTranslation("checkItems.rewordHelp")));
        }
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openVersions(ItemTemplate t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("checkItems.versions") + ": " + t.item().code());
        VerticalLayout lines = new VerticalLayout();
        for (CheckItemVersion v : items.versions(t.item().id())) {
            lines.add(Ui.withClass(new Paragraph("v" + v.number() + " · " + Ui.fullTime(v.createdAt(), clock.zone())
                    + " · " + StoredText.read(v.createdBy(), getLocale()) + ": " + v.question().in(getLocale())), "text-s", "m-0"));
        }
        dialog.add(lines);
        dialog.getFooter().add(new Button(getTranslation("checklist.back"), e -> dialog.close()));
        dialog.open();
    }

    private HorizontalLayout themeActions(Theme theme) {
        Button edit = new Button(getTranslation("checkItems.editTheme"), e -> openTheme(theme));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button retire = new Button(getTranslation(theme.retired() ? "checkItems.restore" : "checkItems.retire"),
                e -> attempt(() -> themes.setRetired(theme.id(), theme.version(), !theme.retired())));
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, retire);
    }

    private void openTheme(Theme theme) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("checkItems.editTheme") + ": " + theme.code());
        TextField nameEn = new TextField(getTranslation("field.nameEn"), theme.nameEn(), "");
        TextField nameFi = new TextField(getTranslation("field.nameFi"), theme.nameFi(), "");
        TextField descriptionEn = new TextField(getTranslation("field.descriptionEn"), theme.descriptionEn(), "");
        TextField descriptionFi = new TextField(getTranslation("field.descriptionFi"), theme.descriptionFi(), "");
        TextField keywordsEn = new TextField(getTranslation("checkItems.keywordsEn"),
                String.join(", ", feedback.keywords(theme.code(), "en")), "");
        TextField keywordsFi = new TextField(getTranslation("checkItems.keywordsFi"),
                String.join(", ", feedback.keywords(theme.code(), "fi")), "");
        keywordsEn.setHelperText(getTranslation("checkItems.keywordsHelp"));
        keywordsFi.setId("keywords-fi");
        List.of(nameEn, nameFi, descriptionEn, descriptionFi, keywordsEn, keywordsFi).forEach(f -> f.setWidthFull());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                themes.edit(theme.id(), theme.version(), nameEn.getValue(), nameFi.getValue(), descriptionEn.getValue(),
                        descriptionFi.getValue());
                feedback.setKeywords(theme.code(), "en", List.of(keywordsEn.getValue().split(",")));
                feedback.setKeywords(theme.code(), "fi", List.of(keywordsFi.getValue().split(",")));
                dialog.close();
                refresh();
            } catch (Problem problem) {
                Ui.show(problem, messages);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(nameEn, nameFi, descriptionEn, descriptionFi, keywordsEn, keywordsFi);
        form.setMinWidth("28rem");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Runnable action) {
        Ui.attempt(messages, action, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checkItems");
    }
}
