package app.stepwise.studio;

import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question form as Markdown in the content format (docs/content-format.md, "Quiz"), in one canonical layout, and
 * a parsed question back as a form. Reading the Markdown this writes gives the same form, so a form saved without
 * changes leaves the text as it is. Characters that would change what a line means (a prompt ending in {@code #},
 * an option starting with {@code 1.} or {@code >}) get a backslash, which the form does not show.
 */
public final class QuestionMarkdown {
    /** What a Markdown block can start with; an option or item starting so would not be read as plain text. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "(#{1,6}(\\s|$)|>|[-+*](\\s|$)|\\d{1,9}[.)](\\s|$)|\\[[ xX]](\\s|$)|```|~~~|<[A-Za-z/!?]|[-*_]{3})");
    private static final Pattern ORDERED_START = Pattern.compile("(\\d{1,9})([.)])");
    /** A heading's closing sequence: {@code ### Prompt ###}. */
    private static final Pattern CLOSING_HASHES = Pattern.compile("(^|[ \\t])#+$");
    private static final Pattern QUESTION_HEADING = Pattern.compile(" {0,3}###(?:[ \\t]+(.*?))?[ \\t]*");
    private static final Pattern CLOSING_SEQUENCE = Pattern.compile("(^|[ \\t]+)#+[ \\t]*$");

    private QuestionMarkdown() {
    }

    /** The question block, without a final newline. Write only forms without {@link QuestionForm#problems()}. */
    public static String of(QuestionForm form) {
        QuestionForm question = form.normalised();
        StringBuilder out = new StringBuilder("### ").append(prompt(question.prompt())).append('\n');
        if (!question.body().isEmpty()) {
            out.append(question.body()).append("\n\n");
        }
        out.append(answers(question));
        if (!question.explanation().isEmpty()) {
            question.explanation().lines().forEach(line -> out.append('\n').append(line.isBlank() ? ">" : "> " + line));
        }
        if (!question.step().isEmpty()) {
            // Right under an option, a Step: line would continue the option's text; under the quote it is read apart.
            out.append(question.explanation().isEmpty() ? "\n\n" : "\n").append("Step: ").append(question.step());
        }
        return out.toString();
    }

    /** The form of a parsed question; {@code source} is the text it was parsed from, for the prompt as written. */
    public static QuestionForm read(Question question, String source) {
        String prompt = source.lines().skip(question.line() - 1L).findFirst().map(QuestionMarkdown::headingText)
                .map(QuestionMarkdown::unescapePrompt).orElse(question.prompt());
        List<QuestionForm.Option> options = question.options().stream()
                .map(o -> new QuestionForm.Option(unescapeItem(QuestionForm.oneLine(o.markdown())), o.correct())).toList();
        return new QuestionForm(question.type(), prompt, question.bodyMarkdown(), options, question.acceptedAnswers(),
                question.explanationMarkdown(), question.stepAnchor().orElse(""));
    }

    private static String answers(QuestionForm question) {
        if (question.type() == QuestionType.SHORT_ANSWER) {
            return "Answer: " + String.join(" | ", question.answers());
        }
        StringBuilder list = new StringBuilder();
        List<QuestionForm.Option> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            QuestionForm.Option option = options.get(i);
            String marker = question.type() == QuestionType.MULTIPLE_CHOICE ? "- " : (i + 1) + ". ";
            String checkbox = question.type() == QuestionType.ORDERING ? "" : option.correct() ? "[x] " : "[ ] ";
            list.append(i == 0 ? "" : "\n").append(marker).append(checkbox).append(item(option.text()));
        }
        return list.toString();
    }

    static String prompt(String text) {
        return CLOSING_HASHES.matcher(text).replaceFirst(m -> Matcher.quoteReplacement(m.group(1) + "\\"
                + m.group().substring(m.group(1).length())));
    }

    static String item(String text) {
        if (!BLOCK_START.matcher(text).lookingAt()) {
            return text;
        }
        Matcher ordered = ORDERED_START.matcher(text);
        return ordered.lookingAt() ? ordered.group(1) + "\\" + text.substring(ordered.end(1)) : "\\" + text;
    }

    /** The text of a {@code ###} heading line as written, without a closing sequence. */
    static String headingText(String line) {
        Matcher heading = QUESTION_HEADING.matcher(line);
        if (!heading.matches() || heading.group(1) == null) {
            return "";
        }
        return CLOSING_SEQUENCE.matcher(heading.group(1)).replaceFirst("").strip();
    }

    /** Takes away the backslash {@link #prompt(String)} adds, so the form shows what the trainer typed. */
    static String unescapePrompt(String written) {
        int escape = written.lastIndexOf("\\#");
        if (escape < 0) {
            return written;
        }
        String plain = written.substring(0, escape) + written.substring(escape + 1);
        return prompt(plain).equals(written) ? plain : written;
    }

    /** Takes away the backslash {@link #item(String)} adds. */
    static String unescapeItem(String written) {
        Matcher ordered = Pattern.compile("(\\d{1,9})\\\\").matcher(written);
        String plain = ordered.lookingAt() ? ordered.group(1) + written.substring(ordered.end())
                : written.startsWith("\\") ? written.substring(1) : written;
        return !plain.equals(written) && item(plain).equals(written) ? plain : written;
    }
}
