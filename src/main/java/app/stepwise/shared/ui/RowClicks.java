package app.stepwise.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Opens a grid row's item on click. A lazy grid reports a click on a row still loading (just after a filter or a
 * scroll) with no item; such a click is ignored rather than opening an empty dialog or failing.
 */
public final class RowClicks {
    private RowClicks() {
    }

    public static <T> void open(Grid<T> grid, SerializableConsumer<T> action) {
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                action.accept(click.getItem());
            }
        });
    }
}
