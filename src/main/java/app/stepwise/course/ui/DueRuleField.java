package app.stepwise.course.ui;

import app.stepwise.course.DueRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

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

    /** The rule chosen; a missing date or day count is reported by the service's checks as bad input. */
    DueRule getValue() {
        return switch (kind.getValue()) {
            case ON_DATE -> date.getValue() == null ? DueRule.none() : DueRule.on(date.getValue());
            case RELATIVE -> DueRule.withinDaysOfStart(days.getValue() == null ? 0 : days.getValue());
            default -> DueRule.none();
        };
    }
}
