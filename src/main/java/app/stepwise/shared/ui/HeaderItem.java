package app.stepwise.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the header of every signed-in page (the notification bell). A module
 * declares a bean; {@link MainLayout} asks it for a fresh component per UI, so no component is shared
 * between sessions.
 */
public interface HeaderItem {
    /** A new component for one UI; {@code null} when there is nothing to show for this person. */
    Component create();

    /** Items are placed left to right by this order, before the person menu. */
    default int order() {
        return 0;
    }
}
