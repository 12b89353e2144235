package app.stepwise.quiz.ui;

import app.stepwise.quiz.Answer;
import app.stepwise.quiz.QuizSheet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Puts items in order with Move up / Move down buttons: real buttons, so they work with the keyboard and
 * screen readers, and focus stays on the moved item's button.
 */
final class OrderingInput extends Div {
    private final QuizSheet.Item item;
    private final Consumer<Answer> onChange;
    private final List<Integer> order;

    OrderingInput(QuizSheet.Item item, Consumer<Answer> onChange) {
        this.item = item;
        this.onChange = onChange;
        this.order = new ArrayList<>(item.answer().positions().size() == item.optionsHtml().size()
                ? item.answer().positions() : IntStream.range(0, item.optionsHtml().size()).boxed().toList());
        setId("answer-" + item.number());
        addClassNames("quiz-answer", "ordering");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", item.prompt());
        render(-1, false);
    }

    private void render(int focusRow, boolean focusUp) {
        removeAll();
        for (int row = 0; row < order.size(); row++) {
            int position = order.get(row);
            var number = new Span(String.valueOf(row + 1));
            number.addClassName("ordering-number");
            var text = new Html("<div class='ordering-text'>" + item.optionsHtml().get(position) + "</div>");
            var up = move(row, -1, VaadinIcon.ARROW_UP, "Move up");
            var down = move(row, 1, VaadinIcon.ARROW_DOWN, "Move down");
            up.setEnabled(row > 0);
            down.setEnabled(row < order.size() - 1);
            var line = new Div(number, text, up, down);
            line.addClassName("ordering-item");
            line.getElement().setAttribute("role", "listitem");
            line.setId("order-" + item.number() + "-" + row);
            add(line);
            if (row == focusRow) {
                (focusUp && row > 0 || row == order.size() - 1 ? up : down).focus();
            }
        }
    }

    private Button move(int row, int delta, VaadinIcon icon, String label) {
        var button = new Button(icon.create(), click -> {
            int target = row + delta;
            java.util.Collections.swap(order, row, target);
            onChange.accept(Answer.choice(List.copyOf(order)));
            render(target, delta < 0);
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label + ": item " + (row + 1));
        button.addClassName(delta < 0 ? "move-up" : "move-down");
        return button;
    }
}
