package app.stepwise.quiz.ui;

import app.stepwise.quiz.Answer;
import app.stepwise.quiz.QuizSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The input for one question, reporting every change as an {@link Answer} in shown positions. Options
 * are identified by their position in this attempt's shuffled order, never by anything that would hint at
 * the correct answer.
 */
final class AnswerInput {
    private AnswerInput() {
    }

    static Component of(QuizSheet.Item item, Consumer<Answer> onChange) {
        return switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> single(item, onChange);
            case MULTIPLE_CHOICE -> multiple(item, onChange);
            case ORDERING -> new OrderingInput(item, onChange);
            case SHORT_ANSWER -> shortAnswer(item, onChange);
        };
    }

    private static Component single(QuizSheet.Item item, Consumer<Answer> onChange) {
        var group = new RadioButtonGroup<Integer>();
        group.setItems(positions(item));
        group.setRenderer(optionRenderer(item));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setAriaLabel(item.prompt());
        if (!item.answer().positions().isEmpty()) {
            group.setValue(item.answer().positions().getFirst());
        }
        group.addValueChangeListener(change -> onChange.accept(
                change.getValue() == null ? Answer.NONE : Answer.choice(List.of(change.getValue()))));
        return withId(group, item);
    }

    private static Component multiple(QuizSheet.Item item, Consumer<Answer> onChange) {
        var group = new CheckboxGroup<Integer>();
        group.setItems(positions(item));
        group.setRenderer(optionRenderer(item));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setAriaLabel(item.prompt());
        group.setHelperText("Choose all that apply.");
        group.setValue(new LinkedHashSet<>(item.answer().positions()));
        group.addValueChangeListener(change -> onChange.accept(
                Answer.choice(change.getValue().stream().sorted().toList())));
        return withId(group, item);
    }

    private static Component shortAnswer(QuizSheet.Item item, Consumer<Answer> onChange) {
        var field = new TextField("Your answer");
        field.setValue(item.answer().text());
        field.setMaxLength(500);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(400);
        field.addValueChangeListener(change -> onChange.accept(Answer.text(change.getValue())));
        return withId(field, item);
    }

    private static List<Integer> positions(QuizSheet.Item item) {
        return new ArrayList<>(IntStream.range(0, item.optionsHtml().size()).boxed().toList());
    }

    private static <T> ComponentRenderer<Html, T> optionRenderer(QuizSheet.Item item) {
        return new ComponentRenderer<>(position -> new Html("<span class='quiz-option'>"
                + item.optionsHtml().get((Integer) position) + "</span>"));
    }

    private static Component withId(Component component, QuizSheet.Item item) {
        component.setId("answer-" + item.number());
        component.addClassName("quiz-answer");
        return component;
    }
}
