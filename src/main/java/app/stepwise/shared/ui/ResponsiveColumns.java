package app.stepwise.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Hides a grid's secondary columns on narrow screens, so a phone shows the few columns that matter
 * instead of squeezing all of them. Re-evaluated whenever the browser window is resized.
 */
public final class ResponsiveColumns {
    public static final int PHONE_WIDTH = 700;

    private ResponsiveColumns() {
    }

    public static void hideBelow(int width, Grid<?> grid, List<? extends Grid.Column<?>> secondary) {
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(details.getWindowInnerWidth(), width, secondary));
            var registration = page.addBrowserWindowResizeListener(resize -> apply(resize.getWidth(), width, secondary));
            grid.addDetachListener(detach -> registration.remove());
        });
    }

    private static void apply(int windowWidth, int threshold, List<? extends Grid.Column<?>> secondary) {
        boolean wide = windowWidth >= threshold;
        secondary.forEach(column -> column.setVisible(wide));
    }
}
