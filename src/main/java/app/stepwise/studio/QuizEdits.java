package app.stepwise.studio;

import app.stepwise.content.ContentParser;
import app.stepwise.content.FileResult;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.Section;
import app.stepwise.content.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The question form's edits to a draft's Markdown: a question's lines replaced by the form's Markdown, a new question
 * added at the end of the Quiz section (created when missing), a question deleted. Every edit is parsed again by the
 * content parser before it is taken: a form whose Markdown would not read back as the same question is refused with
 * what to change, so the form never writes Markdown that means something else.
 */
public final class QuizEdits {
    private static final ContentParser PARSER = new ContentParser();
    private static final String HAS_ERRORS = "The Markdown has errors, so the form cannot change it. Fix the errors "
            + "listed under the source first; the form keeps what you entered.";

    private QuizEdits() {
    }

    /** What an edit did: the new text, or why it was refused. */
    public sealed interface Outcome {
    }

    /**
     * @param text   the whole draft with the edit
     * @param caret  where the question's Markdown starts (or started, for a deletion)
     * @param number the question's 1-based number in the new text (0 after a deletion)
     */
    public record Written(String text, int caret, int number) implements Outcome {
    }

    /**
     * @param message  what went wrong, for the whole form
     * @param problems per field, when the form's content is the cause
     */
    public record Refused(String message, List<QuestionForm.Problem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** The quiz's questions, with the lines of each. */
    public static List<QuizQuestion> questions(ProcessDoc doc) {
        List<String> lines = lines(doc.source());
        List<Question> questions = doc.questions();
        List<QuizQuestion> found = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            int first = question.line();
            int bound = lines.size() + 1;
            if (i + 1 < questions.size() && questions.get(i + 1).line() > first) {
                bound = questions.get(i + 1).line();
            }
            bound = Math.min(bound, doc.sections().stream().mapToInt(Section::line).filter(line -> line > first).min()
                    .orElse(bound));
            int last = bound - 1;
            while (last > first && lines.get(last - 1).isBlank()) {
                last--;
            }
            found.add(new QuizQuestion(question, QuestionMarkdown.read(question, doc.source()), first, last));
        }
        return found;
    }

    /**
     * The question a form was opened on, in a newer reading of the draft: the same question, perhaps moved; else one
     * with the same prompt; else the one at the same place (its prompt was edited).
     *
     * @param countBefore how many questions there were when the form was opened on {@code opened}, or -1 if unknown
     */
    public static Optional<QuizQuestion> counterpart(List<QuizQuestion> now, QuizQuestion opened, int countBefore) {
        Comparator<QuizQuestion> nearest = Comparator.comparingInt(q -> Math.abs(q.number() - opened.number()));
        QuestionForm before = comparable(opened.form());
        Optional<QuizQuestion> same = now.stream().filter(q -> comparable(q.form()).equals(before)).min(nearest);
        if (same.isPresent()) {
            return same;
        }
        String prompt = Question.normaliseAnswer(opened.question().prompt());
        Optional<QuizQuestion> samePrompt = now.stream()
                .filter(q -> Question.normaliseAnswer(q.question().prompt()).equals(prompt)).min(nearest);
        if (samePrompt.isPresent()) {
            return samePrompt;
        }
        return now.stream().filter(q -> q.number() == opened.number())
                .filter(q -> q.firstLine() == opened.firstLine() || now.size() == countBefore).findFirst();
    }

    /** True when the two read as the same question. */
    public static boolean same(QuestionForm one, QuestionForm other) {
        return comparable(one).equals(comparable(other));
    }

    /**
     * Writes a form into the draft: over the question it was opened on, or (when {@code opened} is null) as a new
     * question at the end of the quiz.
     */
    public static Outcome write(String source, QuizQuestion opened, QuestionForm form) {
        List<QuestionForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Refused("Fix the marked fields first.", problems);
        }
        Optional<ProcessDoc> doc = parse(source).module();
        if (doc.isEmpty()) {
            return new Refused(HAS_ERRORS, List.of());
        }
        String text = doc.get().source();
        String block = QuestionMarkdown.of(form);
        if (opened == null) {
            var insertion = MarkdownSnippets.appendQuestion(text, block);
            return verified(insertion.text(), lineAt(insertion.text(), insertion.caret()), form);
        }
        Optional<QuizQuestion> current = counterpart(questions(doc.get()), opened, -1);
        if (current.isEmpty()) {
            return new Refused("This question is no longer in the Markdown. Close the form, or add the question "
                    + "again as a new one.", List.of());
        }
        if (!same(current.get().form(), opened.form())) {
            return new Refused("The Markdown of this question changed; reload or keep your form.", List.of());
        }
        String changed = replaceLines(text, current.get().firstLine(), current.get().lastLine(), block);
        return verified(changed, current.get().firstLine(), form);
    }

    /** Deletes a question's Markdown with the blank lines that separated it from the next block. */
    public static Outcome delete(String source, QuizQuestion question) {
        Optional<ProcessDoc> doc = parse(source).module();
        if (doc.isEmpty()) {
            return new Refused(HAS_ERRORS, List.of());
        }
        Optional<QuizQuestion> current = questions(doc.get()).stream().filter(q -> same(q.form(), question.form()))
                .min(Comparator.comparingInt(q -> Math.abs(q.number() - question.number())));
        if (current.isEmpty()) {
            return new Refused("This question changed in the Markdown since the list was shown; look again and delete "
                    + "it once more if you still want to.", List.of());
        }
        List<String> lines = lines(doc.get().source());
        int from = current.get().firstLine() - 1;
        int to = current.get().lastLine();
        int after = to;
        while (after < lines.size() && lines.get(after).isBlank()) {
            after++;
        }
        if (after < lines.size()) {
            to = after;
        } else {
            while (from > 0 && lines.get(from - 1).isBlank()) {
                from--;
            }
        }
        lines.subList(from, to).clear();
        String text = String.join("\n", lines);
        return new Written(text, offsetOfLine(text, from + 1), 0);
    }

    /** Reads the edited text back: it must parse, and the question at {@code line} must be the form's question. */
    private static Outcome verified(String text, int line, QuestionForm form) {
        FileResult result = parse(text);
        if (result.module().isEmpty()) {
            return new Refused("The Markdown this form writes would not be a valid question: " + result.errors().stream()
                    .map(app.stepwise.content.Problem::message).reduce((a, b) -> a + " " + b).orElse("") , List.of());
        }
        Optional<QuizQuestion> written = questions(result.module().get()).stream().filter(q -> q.firstLine() == line)
                .findFirst();
        if (written.isEmpty()) {
            return new Refused("The Markdown this form writes is not read as a question. Check the prompt.",
                    List.of(new QuestionForm.Problem(QuestionForm.Field.PROMPT, -1, "Not read as a question.")));
        }
        List<QuestionForm.Problem> misread = misread(comparable(form), comparable(written.get().form()));
        if (!misread.isEmpty()) {
            return new Refused("The Markdown would say something else than the form. Change the marked fields.", misread);
        }
        return new Written(text, offsetOfLine(text, line), written.get().number());
    }

    /** The fields the Markdown reads differently from what the form says. */
    private static List<QuestionForm.Problem> misread(QuestionForm meant, QuestionForm read) {
        List<QuestionForm.Problem> problems = new ArrayList<>();
        differs(problems, meant, read, QuestionForm::prompt, QuestionForm.Field.PROMPT,
                "The Markdown would read this prompt differently. Remove Markdown characters from it.");
        differs(problems, meant, read, QuestionForm::body, QuestionForm.Field.BODY, "A line here would be read as part "
                + "of the answer (a line starting with 'Answer:' or 'Step:', or a list of options). Reword it.");
        differs(problems, meant, read, QuestionForm::options, QuestionForm.Field.OPTIONS,
                "The options would not read back as written. Remove Markdown characters from them.");
        differs(problems, meant, read, QuestionForm::answers, QuestionForm.Field.ANSWERS,
                "The accepted answers would not read back as written.");
        differs(problems, meant, read, QuestionForm::explanation, QuestionForm.Field.EXPLANATION,
                "The explanation would not read back as written.");
        differs(problems, meant, read, QuestionForm::step, QuestionForm.Field.STEP, "The step would not read back as chosen.");
        if (problems.isEmpty() && meant.type() != read.type()) {
            problems.add(new QuestionForm.Problem(QuestionForm.Field.OPTIONS, -1, "The Markdown would be read as a "
                    + read.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " question."));
        }
        return problems;
    }

    private static void differs(List<QuestionForm.Problem> problems, QuestionForm meant, QuestionForm read,
                                Function<QuestionForm, Object> field, QuestionForm.Field which, String message) {
        if (!Objects.equals(field.apply(meant), field.apply(read))) {
            problems.add(new QuestionForm.Problem(which, -1, message));
        }
    }

    /**
     * The form as compared: normalised, with blank-line runs in blocks collapsed (the parser joins paragraphs with one
     * blank line), and a single choice between True and False the same as a true-or-false question.
     */
    private static QuestionForm comparable(QuestionForm form) {
        QuestionForm normal = form.normalised();
        QuestionType type = normal.type() == QuestionType.TRUE_FALSE ? QuestionType.SINGLE_CHOICE : normal.type();
        return new QuestionForm(type, normal.prompt(), normal.body().replaceAll("\\n(\\s*\\n)+", "\n\n"),
                normal.options(), normal.answers(), normal.explanation().replaceAll("\\n(\\s*\\n)+", "\n\n"), normal.step());
    }

    private static FileResult parse(String source) {
        return PARSER.parse(SourceFile.ofText("studio-draft.md", source.replace("\r\n", "\n")));
    }

    private static String replaceLines(String text, int first, int last, String block) {
        List<String> lines = lines(text);
        lines.subList(first - 1, last).clear();
        lines.addAll(first - 1, List.of(block.split("\n", -1)));
        return String.join("\n", lines);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static int lineAt(String text, int offset) {
        return (int) IntStream.range(0, Math.min(offset, text.length())).filter(i -> text.charAt(i) == '\n').count() + 1;
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return offset;
    }
}
