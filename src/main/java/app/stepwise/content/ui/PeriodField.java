package app.stepwise.content.ui;

import app.stepwise.content.RolePeriods;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Period;

/**
 * A period as a role file writes it: an amount and one unit (days, months or years). A text field rather than a
 * number field, so a mistyped or huge amount reaches us as typed and gets its own message instead of an empty value.
 */
class PeriodField extends Div {
    private final TextField amount = new TextField();
    private final Select<String> unit = new Select<>();
    private final String field;
    private final Period max;

    /** {@code field} is the service's field name for this period, used in the errors this field reports. */
    PeriodField(String label, String id, String field, Period max) {
        this.field = field;
        this.max = max;
        addClassName("period-field");
        amount.setLabel(label);
        amount.setId(id);
        amount.setHelperText(RolePeriods.tooLong(max));
        unit.setId(id + "-unit");
        unit.setItems("days", "months", "years");
        unit.setAriaLabel(label + " unit");
        add(amount, unit);
    }

    void setValue(Period period) {
        if (period.getDays() != 0 || period.toTotalMonths() == 0) {
            amount.setValue(String.valueOf(period.getDays() + Math.round(period.toTotalMonths() * 30.44)));
            unit.setValue("days");
        } else if (period.getMonths() == 0) {
            amount.setValue(String.valueOf(period.getYears()));
            unit.setValue("years");
        } else {
            amount.setValue(String.valueOf(period.toTotalMonths()));
            unit.setValue("months");
        }
    }

    /** The period typed, or an {@link InvalidInputException} for this field saying what is wrong with it. */
    Period getValue() {
        try {
            return RolePeriods.parse(amount.getValue(), unit.getValue(), max);
        } catch (IllegalArgumentException bad) {
            throw new InvalidInputException(field, bad.getMessage());
        }
    }

    void setError(String message) {
        amount.setErrorMessage(message);
        amount.setInvalid(message != null);
    }
}
