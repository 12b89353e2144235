package app.stepwise.studio;

import app.stepwise.content.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One quiz question as the studio's question form holds it; {@link QuestionMarkdown} writes it in the content
 * format and reads it back. Text fields hold Markdown as written in the source (inline Markdown in the prompt,
 * options and answers; blocks in the body and explanation).
 *
 * @param type        how the question is answered
 * @param prompt      the question (the {@code ###} heading)
 * @param body        more text shown with the prompt (paragraphs, code, tables); may be empty
 * @param options     choice options, or ordering items in the correct order (their {@code correct} flag unused);
 *                    empty for a short answer
 * @param answers     accepted short answers; empty for other types
 * @param explanation shown after submission (the {@code >} quote); may be empty
 * @param step        anchor of the step the question tests, or empty for none
 */
public record QuestionForm(QuestionType type, String prompt, String body, List<Option> options, List<String> answers,
                           String explanation, String step) {

    /** One option; for ordering questions, one item. */
    public record Option(String text, boolean correct) {
        public Option {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /** A field of the form (with the row of an option or answer) that a problem is about. */
    public enum Field { PROMPT, BODY, OPTIONS, ANSWERS, EXPLANATION, STEP }

    /**
     * Something to fix before the form can be written as Markdown.
     *
     * @param row the 0-based option or answer row, or -1 when the problem is about the field as a whole
     */
    public record Problem(Field field, int row, String message) {
    }

    public QuestionForm {
        Objects.requireNonNull(type, "type");
        prompt = Objects.requireNonNullElse(prompt, "");
        body = Objects.requireNonNullElse(body, "");
        options = List.copyOf(options);
        answers = List.copyOf(answers);
        explanation = Objects.requireNonNullElse(explanation, "");
        step = Objects.requireNonNullElse(step, "");
    }

    /** A new question of a type, with rows to fill in. */
    public static QuestionForm blank(QuestionType type) {
        List<Option> options = switch (type) {
            case TRUE_FALSE -> List.of(new Option("True", true), new Option("False", false));
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING ->
                    List.of(new Option("", false), new Option("", false), new Option("", false));
            case SHORT_ANSWER -> List.of();
        };
        return new QuestionForm(type, "", "", options, type == QuestionType.SHORT_ANSWER ? List.of("") : List.of(),
                "", "");
    }

    public QuestionForm withPrompt(String changed) {
        return new QuestionForm(type, changed, body, options, answers, explanation, step);
    }

    public QuestionForm withBody(String changed) {
        return new QuestionForm(type, prompt, changed, options, answers, explanation, step);
    }

    public QuestionForm withOptions(List<Option> changed) {
        return new QuestionForm(type, prompt, body, changed, answers, explanation, step);
    }

    public QuestionForm withAnswers(List<String> changed) {
        return new QuestionForm(type, prompt, body, options, changed, explanation, step);
    }

    public QuestionForm withExplanation(String changed) {
        return new QuestionForm(type, prompt, body, options, answers, changed, step);
    }

    public QuestionForm withStep(String changed) {
        return new QuestionForm(type, prompt, body, options, answers, explanation, changed);
    }

    /**
     * The same question with whitespace settled as the Markdown keeps it: one-line fields on one line, no blank lines
     * around the body and explanation. Forms that differ only in such whitespace are the same question.
     */
    public QuestionForm normalised() {
        boolean shortAnswer = type == QuestionType.SHORT_ANSWER;
        return new QuestionForm(type, oneLine(prompt), blocks(body), shortAnswer ? List.of() : options.stream()
                .map(o -> new Option(oneLine(o.text()), type == QuestionType.ORDERING || o.correct())).toList(),
                shortAnswer ? answers.stream().map(QuestionForm::oneLine).toList() : List.of(), blocks(explanation),
                step.strip());
    }

    /** What to fix before the question can be written; empty when it can be. */
    public List<Problem> problems() {
        QuestionForm form = normalised();
        List<Problem> problems = new ArrayList<>();
        if (form.prompt.isEmpty()) {
            problems.add(new Problem(Field.PROMPT, -1, "Write the question."));
        }
        if (type == QuestionType.SHORT_ANSWER) {
            form.answerProblems(problems);
        } else {
            form.optionProblems(problems);
        }
        return problems;
    }

    private void answerProblems(List<Problem> problems) {
        for (int row = 0; row < answers.size(); row++) {
            String answer = answers.get(row);
            if (answer.isEmpty()) {
                problems.add(new Problem(Field.ANSWERS, row, "Accepted answer " + (row + 1) + " is empty: fill it in or remove it."));
            } else if (answer.contains("|")) {
                problems.add(new Problem(Field.ANSWERS, row, "Accepted answer " + (row + 1) + " contains '|', which "
                        + "separates answers in the Markdown. Put each alternative in its own row."));
            }
        }
        if (answers.isEmpty()) {
            problems.add(new Problem(Field.ANSWERS, -1, "Add at least one accepted answer."));
        }
    }

    private void optionProblems(List<Problem> problems) {
        String noun = type == QuestionType.ORDERING ? "Item " : "Option ";
        for (int row = 0; row < options.size(); row++) {
            if (options.get(row).text().isEmpty()) {
                problems.add(new Problem(Field.OPTIONS, row, noun + (row + 1) + " is empty: fill it in or remove it."));
            }
        }
        long correct = options.stream().filter(Option::correct).count();
        if (options.size() < 2) {
            problems.add(new Problem(Field.OPTIONS, -1, type == QuestionType.ORDERING
                    ? "List at least two items, in the right order." : "Give at least two options to choose from."));
        } else if (type != QuestionType.ORDERING && correct == 0) {
            problems.add(new Problem(Field.OPTIONS, -1, type == QuestionType.MULTIPLE_CHOICE
                    ? "Mark at least one option as correct." : "Mark the correct answer."));
        } else if ((type == QuestionType.SINGLE_CHOICE || type == QuestionType.TRUE_FALSE) && correct > 1) {
            problems.add(new Problem(Field.OPTIONS, -1, "Mark exactly one correct answer (or make this a multiple choice question)."));
        }
        if (type == QuestionType.TRUE_FALSE && (options.size() != 2 || !options.stream()
                .map(o -> o.text().toLowerCase(Locale.ROOT)).toList().containsAll(List.of("true", "false")))) {
            problems.add(new Problem(Field.OPTIONS, -1, "A true or false question has the options True and False."));
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Block Markdown with \n line ends and without blank lines before or after it. */
    static String blocks(String text) {
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return String.join("\n", lines).stripTrailing();
    }
}
