package app.stepwise.studio.ui;

import app.stepwise.content.Problem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;

/** The check's messages under the editor, each with its line; clicking one selects that line in the source. */
class ProblemsPanel extends Div {
    private final IntConsumer showLine;

    ProblemsPanel(IntConsumer showLine) {
        this.showLine = showLine;
        setId("studio-problems");
        addClassName("studio-problems");
    }

    void show(List<Problem> problems) {
        removeAll();
        long errors = problems.stream().filter(Problem::isError).count();
        var summary = new Span(errors > 0 ? errors + (errors == 1 ? " error" : " errors") + " to fix before publishing"
                : problems.isEmpty() ? "No problems: ready to publish" : "No errors; " + problems.size() + " to look at");
        summary.setId("studio-problem-summary");
        summary.addClassNames("studio-problem-summary", errors > 0 ? "has-errors" : "no-errors");
        add(summary);
        for (Problem problem : problems) {
            var where = new Span(problem.line() > 0 ? "Line " + problem.line() : "File");
            where.addClassName("studio-problem-line");
            var item = new NativeButton();
            item.add(where, new Span(problem.message()));
            item.addClassNames("studio-problem", problem.isError() ? "studio-problem-error" : "studio-problem-warning");
            item.getElement().setAttribute("data-line", String.valueOf(problem.line()));
            if (problem.line() > 0) {
                item.addClickListener(e -> showLine.accept(problem.line()));
            }
            add(item);
        }
    }
}
