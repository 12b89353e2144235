package app.stepwise.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A titled panel on the home page, one per thing the person can do. */
class HomeCard extends Div {
    HomeCard(String id, String eyebrow, String title, Component... content) {
        setId(id);
        addClassNames("card", "home-card");
        var label = new Span(eyebrow);
        label.addClassName("eyebrow");
        add(label, new H3(title));
        add(content);
    }
}
