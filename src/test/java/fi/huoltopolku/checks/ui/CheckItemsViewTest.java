package fi.huoltopolku.checks.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.checks.CheckItemService;
import fi.huoltopolku.checks.ItemKind;
import fi.huoltopolku.checks.ItemTemplate;
import fi.huoltopolku.desk.CheckItemsView;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CheckItemsViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject CheckItemService items;
    @Inject ThemeService themes;

    private Person manager() {
        return people.create("mgr" + Staff.next(), "Manager " + Staff.next(), Role.MANAGER, Department.RECEPTION);
    }

    @Test
    void a_manager_rewords_an_item_into_a_new_version_and_adds_one() {
        actAs(manager());
        UI.getCurrent().navigate(CheckItemsView.class);
        @SuppressWarnings("unchecked")
        Grid<ItemTemplate> grid = _get(Grid.class, spec -> spec.withId("items"));
        assertThat(GridKt._get(grid, 0).item().code()).isEqualTo("BOOK_CONTACT");

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withClasses("reword")));
        _setValue(_get(TextField.class, spec -> spec.withId("item-question-en")), "Mobile number read back to the customer");
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        ItemTemplate reworded = items.templates(ItemKind.PROCESS, Stage.BOOKED).get(0);
        assertThat(reworded.current().number()).isEqualTo(2);
        assertThat(reworded.current().questionEn()).isEqualTo("Mobile number read back to the customer");
        assertThat(reworded.current().questionFi()).isEqualTo("Yhteysnumero varmistettu asiakkaalta");

        _click(_get(Button.class, spec -> spec.withId("add-item")));
        _setValue(_get(TextField.class, spec -> spec.withId("item-code")), "BOOK_RECALL_CHECKED");
        @SuppressWarnings("unchecked")
        Select<Theme> theme = _get(Select.class, spec -> spec.withLabel("Theme"));
        _setValue(theme, themes.byCode("BOOKING"));
        _setValue(_get(TextField.class, spec -> spec.withId("item-question-en")), "Open recalls checked");
        _setValue(_get(TextField.class, spec -> spec.withId("item-question-fi")), "Avoimet takaisinkutsut tarkistettu");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(items.templates(ItemKind.PROCESS, Stage.BOOKED)).extracting(t -> t.item().code())
                .endsWith("BOOK_RECALL_CHECKED");
    }

    @Test
    void a_refused_workshop_test_file_lists_every_bad_line() {
        actAs(manager());
        UI.getCurrent().navigate(WorkshopTestsView.class);
        WorkshopTestsView view = _get(WorkshopTestsView.class);

        view.show("test.csv", "visit,plate,date,item,answer,comment\n1,,,NOPE,YES,\n,,,CHK_WALKAROUND,YES,\n",
                Staff.advisor(people).asActor());

        assertThat(LocatorJ._find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("line 2: There is no visit 1.",
                        "line 3: give a visit number, or a plate and a date");
    }
}
