package app.stepwise.content.ui;

import app.stepwise.content.Problem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Shows an uploaded file around a problem's line, the line highlighted, as plain text (never rendered). */
class SourceDialog extends Dialog {
    private static final int CONTEXT = 6;

    SourceDialog(Problem problem, String text) {
        setHeaderTitle(problem.path() + ", line " + problem.line());
        setId("source-dialog");
        setWidth("min(900px, 100vw)");
        String[] lines = text.split("\r?\n", -1);
        var listing = new Div();
        listing.addClassName("source-listing");
        int from = Math.max(1, problem.line() - CONTEXT);
        int to = Math.min(lines.length, problem.line() + CONTEXT);
        for (int number = from; number <= to; number++) {
            var numberCell = new Span(String.valueOf(number));
            numberCell.addClassName("source-line-number");
            var line = new Div(numberCell, new Span(lines[number - 1]));
            line.addClassName("source-line");
            if (number == problem.line()) {
                line.addClassName("source-line-problem");
                var message = new Div(new Span(" "), new Span("^ " + problem.message()));
                message.addClassNames("source-line", "source-line-message");
                listing.add(line, message);
            } else {
                listing.add(line);
            }
        }
        add(listing);
        getFooter().add(new Button("Close", e -> close()));
    }
}
