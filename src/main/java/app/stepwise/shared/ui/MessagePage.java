package app.stepwise.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A centred message with a way home: the shape of every error page. */
abstract class MessagePage extends Div {
    protected void show(String id, String title, String text) {
        removeAll();
        setId(id);
        addClassName("page-not-available");
        var home = new Anchor("", "Go to your home page");
        home.addClassName("button-link");
        add(new H2(title), new Paragraph(text), home);
    }
}
