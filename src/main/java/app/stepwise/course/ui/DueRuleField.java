package app.stepwise.course.ui;

import app.stepwise.course.DueRule;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Map;

/** When an enrolment is due: no date, a date, or within a number of days of the person's start date. */
class DueRuleField extends Div {
    static final String NONE = "No due date";
    static final String ON_DATE = "On a date";
    static final String RELATIVE = "Within days of starting";

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Due");
    private final DatePicker date = new DatePicker();
    private final IntegerField days = new IntegerField();

    DueRuleField(String idPrefix) {
        addClassName("due-rule-field");
        kind.setId(idPrefix + "-due-kind");
        kind.setItems(NONE, ON_DATE, RELATIVE);
        kind.setValue(NONE);
        date.setId(idPrefix + "-due");
        date.setAriaLabel("Due date");
        // The picker offers only the dates the service accepts; the service still checks.
        LocalDate today = LocalDate.now();
        date.setMin(today);
        date.setMax(DueRule.latestDate(today));
        days.setId(idPrefix + "-due-days");
        days.setAriaLabel("Days after the start date");
        days.setMin(1);
        days.setMax(DueRule.MAX_DAYS);
        days.setValue(30);
        days.setSuffixComponent(new com.vaadin.flow.component.html.Span("days"));
        kind.addValueChangeListener(e -> showChosen());
        showChosen();
        add(kind, date, days);
    }

    private void showChosen() {
        date.setVisible(ON_DATE.equals(kind.getValue()));
        days.setVisible(RELATIVE.equals(kind.getValue()));
    }

    /** Shows the service's problem with the due date or day count beside the input it concerns; false if neither. */
    boolean showError(Map<String, String> errors) {
        boolean shown = false;
        for (var entry : errors.entrySet()) {
            HasValidation input = switch (entry.getKey()) {
                case "dueDate" -> date;
                case "dueDays" -> days;
                default -> null;
            };
            if (input != null) {
                input.setErrorMessage(entry.getValue());
                input.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    void clearError() {
        date.setInvalid(false);
        days.setInvalid(false);
    }

    /** The rule chosen; a missing date or day count is reported by the service's checks as bad input. */
    DueRule getValue() {
        return switch (kind.getValue()) {
            case ON_DATE -> date.getValue() == null ? DueRule.none() : DueRule.on(date.getValue());
            case RELATIVE -> DueRule.withinDaysOfStart(days.getValue() == null ? 0 : days.getValue());
            default -> DueRule.none();
        };
    }
}
