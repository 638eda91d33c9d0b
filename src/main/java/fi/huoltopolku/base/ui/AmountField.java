package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Problem;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A field for an amount (a price in euros, planned hours) read by {@link Amounts}: either decimal
 * mark in either language, never guessed. It is checked as it is typed: what is wrong is named
 * under the field, and for a price the amount as the customer will read it is shown beside it.
 * A plain text field, so whatever is typed or filled in reaches the server as typed.
 */
public class AmountField extends Composite<HorizontalLayout> {

    private final TextField field = new TextField();
    private final Span preview = new Span();
    private final Amounts.Unit unit;
    private @Nullable Locale customer;
    private @Nullable Problem problem;

    public AmountField(String label, Amounts.Unit unit) {
        this.unit = unit;
        field.setLabel(label);
        field.setManualValidation(true); // the field's own checks would clear this one's reasons on blur
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> check());
        preview.addClassNames("amount-preview", "font-semibold", "text-secondary");
        HorizontalLayout row = getContent();
        row.setPadding(false);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.add(field, preview);
    }

    /** Shows beside the field the price as the customer reads it in their language ("35,50 €"). */
    public AmountField showingCustomer(Locale customerLocale) {
        this.customer = customerLocale;
        check();
        return this;
    }

    public TextField field() {
        return field;
    }

    /** The field's id (the preview beside it gets the same with "-preview"). */
    public AmountField withId(String id) {
        field.setId(id);
        preview.setId(id + "-preview");
        return this;
    }

    /** Fills in an amount as a person of the screen's language would type it ("35,50", "35.50"). */
    public void setAmount(@Nullable BigDecimal amount) {
        field.setValue(Amounts.typed(amount, unit, getLocale()));
    }

    /**
     * The amount typed, null when the field is empty.
     *
     * @throws Problem (and marks the field with its reason) when the text is not one clear amount
     */
    public @Nullable BigDecimal amount() {
        BigDecimal amount = check();
        if (problem != null) {
            throw problem;
        }
        return amount;
    }

    /** Whether what is typed is one clear amount (or nothing); marks the field with its reason when not. */
    public boolean isValidAmount() {
        check();
        return problem == null;
    }

    private @Nullable BigDecimal check() {
        try {
            BigDecimal amount = Amounts.parse(field.getId().orElse("amount"), field.getValue(), unit);
            problem = null;
            field.setInvalid(false);
            preview.setText(amount == null || customer == null ? ""
                    : getTranslation("amount.customerSees", Amounts.euros(amount, customer)));
            return amount;
        } catch (Problem refused) {
            problem = refused;
            field.setErrorMessage(getTranslation(refused.key(), refused.args().toArray()));
            field.setInvalid(true);
            preview.setText("");
            return null;
        }
    }
}
