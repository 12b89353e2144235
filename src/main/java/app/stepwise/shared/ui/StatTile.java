package app.stepwise.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with its label, as home cards and dashboards show counts (styled by {@code .stat} in stepwise.css). */
public final class StatTile {
    private StatTile() {
    }

    public static Div of(Object value, String label) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        var text = new Span(label);
        text.addClassName("stat-label");
        var stat = new Div(number, text);
        stat.addClassName("stat");
        return stat;
    }
}
