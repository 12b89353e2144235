package app.stepwise.studio.ui;

import app.stepwise.content.QuestionType;
import app.stepwise.content.Step;
import app.stepwise.studio.QuestionForm;
import app.stepwise.studio.QuizEdits;
import app.stepwise.studio.QuizQuestion;
import app.stepwise.studio.Snippet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form for one quiz question of one type: prompt, options (or items, or accepted answers), explanation and step.
 * It knows the question it was opened on, so it can tell when the Markdown of that question changes under it: with no
 * unsaved edits it reloads, otherwise it asks before taking anything away.
 */
class QuestionFormPanel extends Div {
    private static final String CORRECT = "Correct";
    private final QuestionType type;
    private final SerializableBiConsumer<QuizQuestion, QuestionForm> save;
    private final TextField prompt = new TextField("Question");
    private final TextArea body = new TextArea("More text (optional)");
    private final TextArea explanation = new TextArea("Explanation (optional)");
    private final Select<String> step = new Select<>();
    private final RadioButtonGroup<String> trueFalse = new RadioButtonGroup<>("The statement is");
    private final Div rows = new Div();
    private final List<TextField> texts = new ArrayList<>();
    private final List<HasValue<?, ?>> corrects = new ArrayList<>();
    private final Div errors = new Div();
    private final Div changed = new Div();
    private final Span blocked = new Span();
    private final Span unsaved = new Span("Unsaved changes");
    private final Button saveButton = new Button("Save to Markdown");
    private final H4 title = new H4();
    private final Map<String, String> stepLabels = new LinkedHashMap<>();
    private QuizQuestion opened;
    private QuestionForm loaded;
    private int countWhenOpened;
    private QuizQuestion pending;

    /** A form for a new question ({@code opened} null) or for an existing one. */
    QuestionFormPanel(QuestionType type, QuizQuestion opened, int questionCount, List<Step> steps,
                      SerializableBiConsumer<QuizQuestion, QuestionForm> save, Runnable close) {
        this.type = type;
        this.save = save;
        setId("question-form");
        addClassNames("card", "studio-question-form");
        getElement().setAttribute("data-type", type.name());
        prompt.setId("question-prompt");
        body.setId("question-body");
        explanation.setId("question-explanation");
        step.setId("question-step");
        step.setLabel("Tests step (optional)");
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption("No step");
        step.setItemLabelGenerator(anchor -> anchor == null ? "No step" : stepLabels.getOrDefault(anchor, anchor));
        trueFalse.setId("question-true-false");
        trueFalse.setItems("True", "False");
        for (var field : List.of(prompt, body, explanation)) {
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.LAZY); // the server knows about edits in progress before a reload
            field.addValueChangeListener(e -> markEdits());
        }
        step.addValueChangeListener(e -> markEdits());
        trueFalse.addValueChangeListener(e -> markEdits());
        unsaved.setId("question-unsaved");
        unsaved.addClassName("studio-qb-unsaved");
        body.setHelperText("Shown under the question. Markdown works here: **bold**, `code`, lists, tables.");
        explanation.setHelperText("Shown after the learner answers: why the answer is right.");
        rows.addClassName("studio-qb-rows");
        errors.setId("question-errors");
        errors.addClassNames("callout", "callout-error");
        errors.setVisible(false);
        changed.setId("question-changed");
        changed.addClassName("callout");
        changed.setVisible(false);
        blocked.setId("question-blocked");
        blocked.addClassName("studio-qb-blocked");
        saveButton.setId("question-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(e -> trySave());
        var cancel = new Button("Close", e -> close.run());
        cancel.setId("question-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(saveButton, cancel, unsaved, blocked);
        actions.addClassName("studio-qb-actions");
        add(title, changed, prompt, body, answersBlock(), explanation, step, errors, actions);
        setSteps(steps);
        open(opened, opened == null ? QuestionForm.blank(type) : opened.form(), questionCount);
    }

    private Component answersBlock() {
        if (type == QuestionType.TRUE_FALSE) {
            return trueFalse;
        }
        var add = new Button(type == QuestionType.SHORT_ANSWER ? "Add answer" : type == QuestionType.ORDERING
                ? "Add item" : "Add option", VaadinIcon.PLUS.create(), e -> addRow());
        add.setId(type == QuestionType.SHORT_ANSWER ? "question-answer-add" : "question-option-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var label = new Span(switch (type) {
            case SINGLE_CHOICE -> "Options: choose the one correct answer on the left";
            case MULTIPLE_CHOICE -> "Options: tick every correct answer on the left";
            case ORDERING -> "Items, in the correct order";
            default -> "Accepted answers (case and extra spaces are ignored)";
        });
        label.addClassName("studio-qb-label");
        var block = new Div(label, rows, add);
        block.addClassName("studio-qb-answers");
        return block;
    }

    QuestionType type() {
        return type;
    }

    /** The question this form writes over, or empty for a new question. */
    Optional<QuizQuestion> opened() {
        return Optional.ofNullable(opened);
    }

    /** True when the form says something other than what it was loaded with. */
    boolean hasUnsavedEdits() {
        return !QuizEdits.same(value(), loaded);
    }

    /** Shows (and tells tests through an attribute) whether the form differs from what it was loaded with. */
    private void markEdits() {
        if (loaded == null) {
            return; // still being built
        }
        boolean edited = hasUnsavedEdits();
        unsaved.setVisible(edited);
        getElement().setAttribute("data-unsaved", Boolean.toString(edited));
    }

    /** The draft was checked again: follow the question into the new text. */
    void questionsChanged(List<QuizQuestion> now, List<Step> steps) {
        setSteps(steps);
        if (opened == null) {
            return;
        }
        Optional<QuizQuestion> current = QuizEdits.counterpart(now, opened, countWhenOpened);
        if (current.isEmpty()) {
            opened = null;
            pending = null;
            showChanged("This question is no longer in the Markdown. Save adds it as a new question; Close drops it.",
                    false);
            title.setText("New " + label(type).toLowerCase(java.util.Locale.ROOT) + " question");
        } else if (QuizEdits.same(current.get().form(), opened.form())) {
            opened = current.get(); // moved, or unchanged: follow its lines
            countWhenOpened = now.size();
            title.setText(editTitle());
        } else if (!hasUnsavedEdits()) {
            open(current.get(), current.get().form(), now.size());
        } else {
            pending = current.get();
            countWhenOpened = now.size();
            showChanged("The Markdown of this question changed; reload or keep your form.", true);
        }
    }

    /** Why the form cannot be saved now, or null when it can. */
    void block(String reason) {
        saveButton.setEnabled(reason == null);
        blocked.setText(reason == null ? "" : reason);
        blocked.setVisible(reason != null);
    }

    /** Shows why a save was refused: per field, and for the whole form. */
    void refused(QuizEdits.Refused refusal) {
        showProblems(refusal.message(), refusal.problems());
    }

    private void trySave() {
        List<QuestionForm.Problem> problems = value().problems();
        if (!problems.isEmpty()) {
            showProblems("Fix the marked fields first.", problems);
            return;
        }
        showProblems(null, List.of());
        save.accept(opened, value());
    }

    private void open(QuizQuestion question, QuestionForm form, int questionCount) {
        opened = question;
        loaded = form;
        countWhenOpened = questionCount;
        pending = null;
        changed.setVisible(false);
        title.setText(question == null ? "New " + label(type).toLowerCase(java.util.Locale.ROOT) + " question" : editTitle());
        prompt.setValue(form.prompt());
        body.setValue(form.body());
        explanation.setValue(form.explanation());
        if (!form.step().isEmpty() && !stepLabels.containsKey(form.step())) {
            stepLabels.put(form.step(), form.step());
            step.setItems(new ArrayList<>(stepLabels.keySet()));
        }
        step.setValue(form.step().isEmpty() ? null : form.step());
        if (type == QuestionType.TRUE_FALSE) {
            trueFalse.setValue(form.options().stream().filter(QuestionForm.Option::correct).map(QuestionForm.Option::text)
                    .map(text -> text.equalsIgnoreCase("false") ? "False" : "True").findFirst().orElse(null));
        }
        renderRows(type == QuestionType.SHORT_ANSWER ? form.answers().stream().map(a -> new QuestionForm.Option(a, false))
                .toList() : form.options());
        showProblems(null, List.of());
        markEdits();
    }

    private String editTitle() {
        return "Edit question " + opened.number() + " · " + label(type);
    }

    static String label(QuestionType type) {
        return Snippet.valueOf(type.name()).label();
    }

    private void showChanged(String message, boolean offerChoice) {
        changed.removeAll();
        changed.add(new Span(message));
        if (offerChoice) {
            var reload = new Button("Reload from Markdown", e -> open(pending, pending.form(), countWhenOpened));
            reload.setId("question-reload");
            var keep = new Button("Keep my form", e -> {
                opened = pending; // saving now writes the form over the question as the Markdown has it
                loaded = pending.form();
                pending = null;
                markEdits();
                changed.setVisible(false);
                title.setText(editTitle());
            });
            keep.setId("question-keep");
            for (var button : List.of(reload, keep)) {
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            var choice = new Div(reload, keep);
            choice.addClassName("studio-qb-actions");
            changed.add(choice);
        }
        changed.setVisible(true);
    }

    private void setSteps(List<Step> steps) {
        String current = step.getValue();
        stepLabels.clear();
        steps.forEach(s -> stepLabels.put(s.anchor(), s.number() + ". " + shortText(s.text())));
        if (current != null && !stepLabels.containsKey(current)) {
            stepLabels.put(current, current);
        }
        step.setItems(new ArrayList<>(stepLabels.keySet()));
        step.setValue(current);
    }

    private static String shortText(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** The form's current content. */
    QuestionForm value() {
        List<QuestionForm.Option> options = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        if (type == QuestionType.TRUE_FALSE) {
            options.add(new QuestionForm.Option("True", "True".equals(trueFalse.getValue())));
            options.add(new QuestionForm.Option("False", "False".equals(trueFalse.getValue())));
        } else {
            for (int i = 0; i < texts.size(); i++) {
                if (type == QuestionType.SHORT_ANSWER) {
                    answers.add(texts.get(i).getValue());
                } else {
                    options.add(new QuestionForm.Option(texts.get(i).getValue(), isCorrect(i)));
                }
            }
        }
        return new QuestionForm(type, prompt.getValue(), body.getValue(), options, answers, explanation.getValue(),
                step.getValue() == null ? "" : step.getValue());
    }

    private boolean isCorrect(int row) {
        return switch (type) {
            case ORDERING -> true;
            case SINGLE_CHOICE -> CORRECT.equals(corrects.get(row).getValue());
            case MULTIPLE_CHOICE -> Boolean.TRUE.equals(corrects.get(row).getValue());
            default -> false;
        };
    }

    private List<QuestionForm.Option> rowValues() {
        QuestionForm now = value();
        return type == QuestionType.SHORT_ANSWER
                ? now.answers().stream().map(a -> new QuestionForm.Option(a, false)).toList() : now.options();
    }

    private void addRow() {
        List<QuestionForm.Option> values = new ArrayList<>(rowValues());
        values.add(new QuestionForm.Option("", false));
        renderRows(values);
        texts.getLast().focus();
    }

    private void removeRow(int row) {
        List<QuestionForm.Option> values = new ArrayList<>(rowValues());
        values.remove(row);
        renderRows(values);
    }

    private void moveRow(int row, int by) {
        List<QuestionForm.Option> values = new ArrayList<>(rowValues());
        values.add(row + by, values.remove(row));
        renderRows(values);
    }

    private void renderRows(List<QuestionForm.Option> values) {
        rows.removeAll();
        texts.clear();
        corrects.clear();
        if (type == QuestionType.TRUE_FALSE) {
            return;
        }
        String prefix = type == QuestionType.SHORT_ANSWER ? "question-answer-" : "question-option-";
        for (int i = 0; i < values.size(); i++) {
            int row = i;
            var text = new TextField();
            text.setId(prefix + row);
            text.setValue(values.get(row).text());
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> markEdits());
            text.setAriaLabel((type == QuestionType.SHORT_ANSWER ? "Accepted answer " : type == QuestionType.ORDERING
                    ? "Item " : "Option ") + (row + 1));
            text.addClassName("studio-qb-text");
            texts.add(text);
            var line = new Div();
            line.addClassName("studio-qb-row");
            if (type == QuestionType.ORDERING) {
                var position = new Span((row + 1) + ".");
                position.addClassName("studio-qb-position");
                line.add(position);
            }
            correctControl(row, values.get(row).correct(), prefix).ifPresent(line::add);
            line.add(text);
            if (type == QuestionType.ORDERING) {
                line.add(iconButton(VaadinIcon.ARROW_UP, "Move up", prefix + row + "-up", row > 0, () -> moveRow(row, -1)),
                        iconButton(VaadinIcon.ARROW_DOWN, "Move down", prefix + row + "-down", row < values.size() - 1,
                                () -> moveRow(row, 1)));
            }
            line.add(iconButton(VaadinIcon.TRASH, "Remove", prefix + row + "-remove", true, () -> removeRow(row)));
            rows.add(line);
        }
        markEdits();
    }

    private Optional<Component> correctControl(int row, boolean correct, String prefix) {
        if (type == QuestionType.MULTIPLE_CHOICE) {
            var box = new Checkbox(correct);
            box.setAriaLabel("Option " + (row + 1) + " is correct");
            box.setTooltipText(CORRECT);
            box.addValueChangeListener(e -> markEdits());
            box.setId(prefix + row + "-correct");
            corrects.add(box);
            return Optional.of(box);
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            var radio = new RadioButtonGroup<String>();
            radio.setItems(CORRECT);
            radio.setItemLabelGenerator(item -> ""); // the column is explained above the rows; screen readers get the label
            radio.setAriaLabel("Option " + (row + 1) + " is the correct answer");
            radio.setTooltipText(CORRECT);
            radio.setValue(correct ? CORRECT : null);
            radio.setId(prefix + row + "-correct");
            radio.addValueChangeListener(e -> {
                if (CORRECT.equals(e.getValue())) { // one correct answer: choosing one clears the others
                    corrects.stream().filter(other -> other != radio).forEach(HasValue::clear);
                }
                markEdits();
            });
            corrects.add(radio);
            return Optional.of(radio);
        }
        return Optional.empty();
    }

    private static Button iconButton(VaadinIcon icon, String label, String id, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void showProblems(String message, List<QuestionForm.Problem> problems) {
        prompt.setInvalid(false);
        body.setInvalid(false);
        explanation.setInvalid(false);
        texts.forEach(t -> t.setInvalid(false));
        List<String> general = new ArrayList<>();
        for (QuestionForm.Problem problem : problems) {
            switch (problem.field()) {
                case PROMPT -> invalid(prompt, problem.message());
                case BODY -> invalid(body, problem.message());
                case EXPLANATION -> invalid(explanation, problem.message());
                case OPTIONS, ANSWERS -> {
                    if (problem.row() >= 0 && problem.row() < texts.size()) {
                        invalid(texts.get(problem.row()), problem.message());
                    } else {
                        general.add(problem.message());
                    }
                }
                default -> general.add(problem.message());
            }
        }
        errors.removeAll();
        if (message != null) {
            errors.add(new Paragraph(message));
        }
        general.forEach(text -> errors.add(new Paragraph(text)));
        errors.setVisible(message != null || !general.isEmpty());
    }

    private static void invalid(HasValue<?, ?> field, String message) {
        if (field instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (field instanceof TextArea area) {
            area.setErrorMessage(message);
            area.setInvalid(true);
        }
    }
}
