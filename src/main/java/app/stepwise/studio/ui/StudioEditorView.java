package app.stepwise.studio.ui;

import app.stepwise.content.ChangeClass;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.studio.Draft;
import app.stepwise.studio.DraftCheck;
import app.stepwise.studio.DraftConflictException;
import app.stepwise.studio.MarkdownSnippets;
import app.stepwise.studio.ModuleInsights;
import app.stepwise.studio.Published;
import app.stepwise.studio.QuestionForm;
import app.stepwise.studio.QuizEdits;
import app.stepwise.studio.QuizQuestion;
import app.stepwise.studio.Snippet;
import app.stepwise.studio.StudioChecks;
import app.stepwise.studio.StudioDrafts;
import app.stepwise.studio.StudioInsights;
import app.stepwise.studio.StudioPublishing;
import app.stepwise.studio.SuggestedQuestion;
import app.stepwise.studio.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.function.SerializableBiConsumer;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits one module: the Markdown beside its live preview (stacked on a phone), checked by the import's
 * validator as the trainer types, saved on the server as a shared draft, with insert buttons, a question form
 * that writes the quiz's Markdown, suggested questions, learner feedback and publishing. The text is the trainer's until the server has taken it: a
 * refused save opens the conflict dialog and keeps it.
 */
@Route("studio/:moduleKey")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class StudioEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient StudioDrafts drafts;
    private final transient StudioChecks checks;
    private final transient StudioInsights insightsService;
    private final transient StudioPublishing publishing;
    private final SourceEditor editor = new SourceEditor();
    private final ProblemsPanel problems = new ProblemsPanel(editor::selectLine);
    private final PreviewPanel preview = new PreviewPanel(editor::selectLine);
    private final FeedbackPanel feedback = new FeedbackPanel(editor::selectLine);
    private final Tab suggestionsTab = new Tab("Suggestions");
    private final SuggestionsPanel suggestions = new SuggestionsPanel(this::accept, this::acceptAndEdit,
            count -> suggestionsTab.setLabel("Suggestions (" + count + ")"));
    private final Tab questionsTab = new Tab("Questions");
    private final QuestionsPanel questions = new QuestionsPanel(this::saveQuestion, this::deleteQuestion,
            editor::selectLine, count -> questionsTab.setLabel("Questions (" + count + ")"));
    private final Span status = new Span();
    private final Button publish = new Button("Publish…");
    private final Button discard = new Button("Discard draft", e -> discard());
    private final Anchor history = new Anchor();
    private final Div setAside = new Div();
    private TabSheet tabs;
    private final Div approval = new Div();
    private final Div header;
    private final Div insertBar;
    private String moduleKey;
    private Draft draft;
    private DraftCheck check;
    private transient ModuleInsights insights = ModuleInsights.none();
    private boolean conflicted;

    public StudioEditorView(StudioDrafts drafts, StudioChecks checks, StudioInsights insights, StudioPublishing publishing) {
        this.drafts = drafts;
        this.checks = checks;
        this.insightsService = insights;
        this.publishing = publishing;
        addClassNames("page", "studio-editor");
        editor.addValueChangeListener(e -> edited(e.getValue()));
        setAside.setId("studio-set-aside");
        approval.setId("studio-approval");
        approval.addClassNames("callout", "studio-approval");
        header = header();
        insertBar = insertBar();
    }

    static RouteParameters parameters(String moduleKey) {
        return new RouteParameters("moduleKey", moduleKey);
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "Studio" : "Studio: " + draft.title();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleKey = event.getRouteParameters().get("moduleKey").orElseThrow(NotFoundException::new);
        history.setHref("content/library?history=" + java.net.URLEncoder.encode(moduleKey, java.nio.charset.StandardCharsets.UTF_8));
        try {
            load();
        } catch (InvalidInputException unknown) {
            throw new NotFoundException();
        }
    }

    /** The module's draft, or its published text, with fresh learner insights. */
    private void load() {
        draft = drafts.open(moduleKey);
        history.setVisible(draft.baseVersion() > 0); // nothing to compare before the first publish
        insights = insightsService.of(moduleKey);
        conflicted = false;
        removeAll();
        setAside.removeAll();
        add(header, approval, insertBar, workspace());
        feedback.show(insights, null);
        editor.setValue(draft.source());
        refresh(draft.source());
        showSaved();
        drafts.outdated(draft).ifPresent(conflict -> conflict(conflict, draft.source()));
    }

    private Div header() {
        status.setId("studio-status");
        status.addClassName("studio-status");
        history.setText("History");
        history.setId("studio-history");
        history.addClassName("studio-history");
        publish.setId("studio-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> editor.withBrowserText((text, cursor) -> openPublish(text)));
        discard.setId("studio-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var back = new Anchor("studio", "All drafts");
        back.addClassName("studio-back");
        var actions = new Div(status, history, discard, publish);
        actions.addClassName("toolbar-actions");
        var header = new Div(back, actions);
        header.addClassNames("toolbar", "studio-header");
        return header;
    }

    private Div insertBar() {
        var bar = new Div(new Span("Insert:"));
        bar.addClassName("studio-insert-bar");
        for (Snippet snippet : Snippet.values()) {
            var button = new Button(snippet.label(), e -> editor.withBrowserText((text, cursor) ->
                    apply(MarkdownSnippets.insert(text, cursor, snippet))));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setId("insert-" + snippet.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            bar.add(button);
        }
        return bar;
    }

    private Div workspace() {
        var source = new Div(editor, problems, setAside);
        source.addClassName("studio-source-column");
        tabs = new TabSheet();
        tabs.setId("studio-tabs");
        tabs.add("Preview", preview);
        tabs.add(questionsTab, questions);
        tabs.add(suggestionsTab, suggestions);
        int flags = insights.flagCount();
        tabs.add(flags == 0 ? "Feedback" : "Feedback (" + flags + ")", feedback);
        tabs.addClassName("studio-side");
        var workspace = new Div(source, tabs);
        workspace.addClassName("studio-workspace");
        return workspace;
    }

    /** Every change: saved as the draft unless a conflict is open, then checked and previewed. */
    private void edited(String text) {
        if (!conflicted && !text.equals(draft.source())) {
            try {
                draft = drafts.save(moduleKey, draft.baseVersion(), draft.version(), text);
                showSaved();
            } catch (DraftConflictException conflict) {
                conflict(conflict, text);
            } catch (InvalidInputException tooBig) {
                status.setText(tooBig.getMessage());
            }
        }
        refresh(text);
    }

    private void refresh(String text) {
        try {
            check = checks.check(moduleKey, text);
        } catch (InvalidInputException tooBig) {
            return;
        }
        problems.show(check.problems());
        // Which text the messages are about, so a test (or a script) can tell when a change has been checked.
        problems.getElement().setAttribute("data-checked", Integer.toString(text.hashCode()));
        // While the text has errors, the preview, suggestions and feedback keep showing the last good text.
        check.doc().ifPresent(doc -> {
            preview.show(check.reading().orElseThrow(), doc, insights);
            suggestions.show(check.suggestions());
            feedback.show(insights, doc);
        });
        preview.markStale(check.doc().isEmpty());
        questions.show(check, insights);
        // Nothing to publish until a draft differs from the published text; nothing while errors remain.
        publish.setEnabled(draft.saved() && !check.hasErrors() && !conflicted);
        discard.setVisible(draft.saved());
    }

    private void apply(MarkdownSnippets.Insertion insertion) {
        editor.setValue(insertion.text());
        editor.placeCursor(insertion.caret());
    }

    private void accept(SuggestedQuestion suggestion) {
        editor.withBrowserText((text, cursor) -> {
            apply(MarkdownSnippets.appendQuestion(text, suggestion.markdown()));
            Notification.show("Added to the quiz: " + suggestion.prompt(), 3000, Notification.Position.BOTTOM_START);
        });
    }

    /** Adds the suggestion to the quiz and opens it (now the quiz's last question) in the question form. */
    private void acceptAndEdit(SuggestedQuestion suggestion) {
        editor.withBrowserText((text, cursor) -> {
            apply(MarkdownSnippets.appendQuestion(text, suggestion.markdown()));
            tabs.setSelectedTab(questionsTab);
            questions.editLast();
        });
    }

    /** Writes a question form into the text, which is then saved and checked like typing. */
    private void saveQuestion(QuizQuestion opened, QuestionForm form) {
        editor.withBrowserText((text, cursor) -> {
            switch (QuizEdits.write(text, opened, form)) {
                case QuizEdits.Written written -> {
                    questions.saved();
                    apply(new MarkdownSnippets.Insertion(written.text(), written.caret()));
                    Notification.show("Question " + written.number() + " saved in the Markdown.", 3000,
                            Notification.Position.BOTTOM_START);
                }
                case QuizEdits.Refused refused -> questions.refused(refused);
            }
        });
    }

    private void deleteQuestion(QuizQuestion question) {
        editor.withBrowserText((text, cursor) -> {
            switch (QuizEdits.delete(text, question)) {
                case QuizEdits.Written written -> {
                    apply(new MarkdownSnippets.Insertion(written.text(), written.caret()));
                    Notification.show("Deleted question: " + question.question().prompt(), 3000,
                            Notification.Position.BOTTOM_START);
                }
                case QuizEdits.Refused refused -> Notification.show(refused.message(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void showSaved() {
        status.setText(draft.saved() ? "Draft saved " + Times.time(draft.updatedAt()) + " UTC by " + draft.updatedBy()
                : "Published version " + draft.baseVersion() + ": your first change starts a draft");
        status.getElement().getClassList().set("conflict", false);
        approval.removeAll();
        approval.setVisible(draft.approval() != null);
        if (draft.approval() != null) {
            var request = draft.approval();
            approval.add(new Span(request.requestedBy() + " asked at " + Times.time(request.requestedAt()) + " UTC for this "
                    + "draft to be published. Note: \u201c" + request.note() + "\u201d Any change withdraws the request. "));
            if (CurrentPerson.find().map(me -> me.email().equalsIgnoreCase(request.requesterEmail())).orElse(true)) {
                approval.add(new Span("Another trainer approves it."));
            } else {
                var approve = new Button("Review and publish", e -> openApproval());
                approve.setId("studio-approve");
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                approval.add(approve);
            }
        }
    }

    private void conflict(DraftConflictException conflict, String mine) {
        conflicted = true;
        publish.setEnabled(false);
        status.setText("Not saved: someone else changed this module");
        status.getElement().getClassList().set("conflict", true);
        new ConflictDialog(conflict, mine, text -> keepMine(conflict.theirs(), text), this::takeTheirs).open();
    }

    private void keepMine(Draft theirs, String mine) {
        conflicted = false;
        draft = theirs;
        edited(mine);
    }

    private void takeTheirs(Draft theirs) {
        String mine = editor.getValue();
        conflicted = false;
        draft = theirs;
        var earlier = new TextArea();
        earlier.setValue(mine);
        earlier.setReadOnly(true);
        earlier.setWidthFull();
        var details = new Details("Your text before you took theirs (copy what you need)", earlier);
        details.setOpened(true);
        setAside.removeAll();
        setAside.add(details);
        editor.setValue(theirs.source());
        refresh(theirs.source());
        showSaved();
    }

    private void openPublish(String text) {
        if (conflicted || check == null || check.hasErrors()) {
            return;
        }
        var plan = publishing.plan(moduleKey, text, null);
        if (plan.unchanged()) {
            Notification.show("Nothing to publish: the text is the same as version " + draft.baseVersion() + ".");
            return;
        }
        SerializableBiConsumer<String, ChangeClass> ask = (note, changeClass) -> settled(text, () -> {
            draft = publishing.requestApproval(moduleKey, draft.baseVersion(), draft.version(), text, note, changeClass);
            showSaved();
        });
        if (publishing.approvalRequired()) {
            new PublishDialog(plan, "Ask for approval", ask).open();
            return;
        }
        new PublishDialog(plan, "Publish", (note, changeClass) -> settled(text, () -> published(publishing.publish(
                moduleKey, draft.baseVersion(), draft.version(), text, note, changeClass))))
                .alternative("Ask another trainer first", ask, plan).open();
    }

    private void openApproval() {
        var request = draft.approval();
        var plan = publishing.plan(moduleKey, draft.source(), request.note());
        new PublishDialog(plan, "Approve and publish", (note, changeClass) -> settled(draft.source(),
                () -> published(publishing.approve(moduleKey, draft.version())))).asRequested(request).open();
    }

    /**
     * Runs a publishing action. A conflict opens the conflict dialog (the publish dialog closes); a refusal stays
     * in the publish dialog, after taking the draft as the server now has it (the action saved the text first).
     */
    private void settled(String text, Runnable action) {
        try {
            action.run();
        } catch (DraftConflictException conflict) {
            conflict(conflict, text);
        } catch (InvalidInputException refused) {
            var server = drafts.open(moduleKey);
            draft = server.source().equals(text) ? server : draft;
            showSaved();
            throw refused;
        }
    }

    private void published(Published published) {
        var note = Notification.show("Published version " + published.version() + (published.changeClass() == null ? ""
                : " as a " + published.changeClass().name().toLowerCase(java.util.Locale.ROOT) + " change") + ".");
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.setId("studio-published");
        load();
    }

    private void discard() {
        if (!draft.saved()) {
            Notification.show("There is no draft to discard: this is the published version.");
            return;
        }
        try {
            drafts.discard(moduleKey, draft.version());
            getUI().ifPresent(ui -> ui.navigate(StudioView.class));
        } catch (DraftConflictException conflict) {
            conflict(conflict, editor.getValue());
        }
    }
}
