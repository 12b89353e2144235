package app.stepwise.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one page shown for an unknown address and for a page the person may not open. It does not
 * say which of the two it is, so nobody learns which admin pages exist.
 */
class PageNotAvailable extends Div {
    PageNotAvailable() {
        setId("page-not-available");
        addClassName("page-not-available");
        var home = new Anchor("", "Go to your home page");
        home.addClassName("button-link");
        add(new H2("This page isn't available"),
                new Paragraph("It doesn't exist, or your account doesn't have access to it. "
                        + "If you think you should have access, ask an administrator."),
                home);
    }
}
