package app.stepwise.feedback.ui;

import app.stepwise.feedback.FlagStatus;
import app.stepwise.feedback.StepFlag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** The learner's own flags, newest first: the step, what they said, and what the owner made of it. */
class MyFlagsPanel extends Div {
    MyFlagsPanel(List<StepFlag> flags) {
        setId("my-flags");
        addClassName("flag-list");
        if (flags.isEmpty()) {
            var empty = new Div(new H3("You haven't flagged any steps"), new Paragraph("When a step in a module is "
                    + "unclear, outdated or doesn't work like that, use the flag beside it. The module's owner sees it, "
                    + "and you can follow it here."));
            empty.addClassName("card");
            empty.setId("no-flags");
            add(empty);
            return;
        }
        flags.forEach(flag -> add(card(flag)));
    }

    private static Component card(StepFlag flag) {
        var link = new Anchor(flag.stepLink(), flag.moduleTitle() + " · step " + flag.stepNumber());
        link.addClassName("flag-card-title");
        var head = new Div(link, FlagBadges.status(flag.status()));
        head.addClassName("flag-card-head");
        var step = new Paragraph("“" + flag.stepText() + "”");
        step.addClassName("flag-step-quote");
        var meta = new Div(FlagBadges.kind(flag.kind()), new Span("flagged " + FlagBadges.DAY.format(flag.createdAt())
                + (flag.unresolved() ? "" : " · " + flag.status().label().toLowerCase(Locale.ROOT) + " "
                + FlagBadges.DAY.format(flag.updatedAt()))));
        meta.addClassName("flag-card-meta");
        var comment = new Paragraph(flag.comment());
        comment.addClassName("flag-comment-text");
        var card = new Div(head, step, meta, comment);
        card.addClassNames("card", "flag-card");
        card.setId("my-flag-" + flag.id());
        if (flag.resolutionNote() != null && !flag.resolutionNote().isBlank()) {
            var note = new Paragraph(new Span("Reply: "), new Span(flag.resolutionNote()));
            note.addClassNames("callout", "flag-resolution");
            if (flag.status() == FlagStatus.FIXED) {
                note.addClassName("callout-success");
            }
            card.add(note);
        }
        return card;
    }
}
