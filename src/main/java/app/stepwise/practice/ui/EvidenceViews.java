package app.stepwise.practice.ui;

import app.stepwise.practice.PracticeSubmission;
import app.stepwise.practice.SubmissionStatus;
import app.stepwise.practice.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How evidence, statuses and attempts look, the same for learners and reviewers. */
final class EvidenceViews {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private EvidenceViews() {
    }

    static Span badge(TaskStatus status) {
        var badge = new Span(status.label());
        badge.getElement().getThemeList().add(switch (status) {
            case NOT_SUBMITTED -> "badge";
            case IN_REVIEW -> "badge contrast";
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
        });
        return badge;
    }

    static Span badge(SubmissionStatus status) {
        return badge(switch (status) {
            case SUBMITTED -> TaskStatus.IN_REVIEW;
            case APPROVED -> TaskStatus.APPROVED;
            case REJECTED -> TaskStatus.REJECTED;
        });
    }

    /** The evidence itself: text as text (never HTML), a link that cannot reach back into this page, or a download. */
    static Component evidence(PracticeSubmission submission, String idPrefix) {
        return switch (submission.evidenceKind()) {
            case TEXT -> {
                var text = new Div(submission.text());
                text.addClassName("evidence-text");
                text.setId(idPrefix + "-text");
                yield text;
            }
            case LINK -> {
                var link = new Anchor(submission.link(), submission.link(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                link.addClassName("evidence-link");
                link.setId(idPrefix + "-link");
                yield link;
            }
            case FILE -> fileLink(submission, idPrefix);
        };
    }

    private static Component fileLink(PracticeSubmission submission, String idPrefix) {
        var file = submission.file();
        var link = new Anchor(submission.fileUrl(), file.name() + " (" + size(file.sizeBytes()) + ")");
        link.setRouterIgnore(true); // a download, not a view
        link.setDownload(true);
        link.addClassName("evidence-file");
        link.setId(idPrefix + "-file");
        return link;
    }

    /** Attempts, newest first: when, status, the evidence, and the reviewer's comment. */
    static Div attempts(List<PracticeSubmission> attempts, String idPrefix) {
        var list = new Div();
        list.addClassName("attempt-list");
        for (var attempt : attempts) {
            var head = new Div(new Span("Attempt " + attempt.attemptNo()), new Span(WHEN.format(attempt.submittedAt())),
                    badge(attempt.status()));
            head.addClassName("attempt-head");
            var item = new Div(head, evidence(attempt, idPrefix + "-attempt-" + attempt.attemptNo()));
            item.addClassName("attempt");
            reviewNote(attempt).ifPresent(item::add);
            list.add(item);
        }
        return list;
    }

    /** "Rejected by trainer@…: comment", or nothing before a review. */
    static java.util.Optional<Paragraph> reviewNote(PracticeSubmission submission) {
        if (submission.status() == SubmissionStatus.SUBMITTED) {
            return java.util.Optional.empty();
        }
        String who = submission.reviewer() == null ? "No sign-off needed"
                : submission.status().label() + " by " + submission.reviewer();
        String comment = submission.reviewComment() == null ? "" : ": " + submission.reviewComment();
        var note = new Paragraph(who + comment);
        boolean rejected = submission.status() == SubmissionStatus.REJECTED;
        note.addClassNames("review-note", rejected ? "review-note-rejected" : "review-note-approved");
        return java.util.Optional.of(note);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        long mb = 1024L * 1024;
        if (bytes < mb) {
            return (bytes / 1024) + " KB";
        }
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }
}
