package app.stepwise.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Period;

/** A period as a role file writes it: an amount and one unit (days, months or years). */
class PeriodField extends Div {
    private final IntegerField amount = new IntegerField();
    private final Select<String> unit = new Select<>();

    PeriodField(String label, String id) {
        addClassName("period-field");
        amount.setLabel(label);
        amount.setId(id);
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        unit.setId(id + "-unit");
        unit.setItems("days", "months", "years");
        unit.setAriaLabel(label + " unit");
        add(amount, unit);
    }

    void setValue(Period period) {
        if (period.getDays() != 0 || period.toTotalMonths() == 0) {
            amount.setValue(period.getDays() + (int) Math.round(period.toTotalMonths() * 30.44));
            unit.setValue("days");
        } else if (period.getMonths() == 0) {
            amount.setValue(period.getYears());
            unit.setValue("years");
        } else {
            amount.setValue((int) period.toTotalMonths());
            unit.setValue("months");
        }
    }

    /** Null when the amount is missing or not positive: the service then says what is wrong. */
    Period getValue() {
        Integer value = amount.getValue();
        if (value == null || value < 1) {
            return null;
        }
        return switch (unit.getValue()) {
            case "days" -> Period.ofDays(value);
            case "years" -> Period.ofYears(value);
            default -> Period.ofMonths(value);
        };
    }

    void setError(String message) {
        amount.setErrorMessage(message);
        amount.setInvalid(message != null);
    }
}
