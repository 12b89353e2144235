package app.stepwise.studio;

import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.Section;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quiz questions made from a module's own process, deterministically (the same text gives the same questions,
 * no outside service): the steps in order, what comes after a step, and which statement is a snag. Each tests a
 * step (its {@code Step:} line). Questions the quiz already asks are left out.
 */
public final class QuestionSuggestions {
    static final int MAX_ORDERING_ITEMS = 7;
    static final int MAX_NEXT_STEP = 5;
    static final int MAX_SNAGS = 3;
    private static final Pattern BOLD_LEAD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)");
    private static final Pattern SNAG_ITEM = Pattern.compile("(?m)^[-*+][ \\t]+(.+)$");
    private static final Set<String> COMMON = Set.of("your", "with", "that", "this", "from", "have", "will", "before",
            "after", "into", "they", "them", "their", "what", "when", "where", "which", "there", "then", "than", "about",
            "make", "sure", "need", "needs", "does", "were", "been", "each", "every", "should", "would", "could");

    private QuestionSuggestions() {
    }

    public static List<SuggestedQuestion> from(ProcessDoc doc) {
        List<Step> steps = doc.steps();
        List<String> labels = steps.stream().map(QuestionSuggestions::label).toList();
        List<SuggestedQuestion> all = new ArrayList<>();
        ordering(doc, steps, labels, all);
        nextSteps(steps, labels, all);
        snags(doc, steps, labels, all);
        Set<String> asked = doc.questions().stream().map(q -> Question.normaliseAnswer(q.prompt())).collect(Collectors.toSet());
        return all.stream().filter(s -> !asked.contains(Question.normaliseAnswer(s.prompt()))).toList();
    }

    private static void ordering(ProcessDoc doc, List<Step> steps, List<String> labels, List<SuggestedQuestion> out) {
        int count = Math.min(steps.size(), MAX_ORDERING_ITEMS);
        if (count < 3 || new HashSet<>(labels.subList(0, count)).size() < count) {
            return; // two steps are no puzzle; equal labels cannot be told apart
        }
        String which = count < steps.size() ? "the first " + count + " steps" : "the steps";
        String prompt = "Put " + which + " of \"" + doc.title() + "\" in order";
        var markdown = new StringBuilder("### ").append(escape(prompt)).append('\n');
        for (int i = 0; i < count; i++) {
            markdown.append(i + 1).append(". ").append(escape(labels.get(i))).append('\n');
        }
        markdown.append("> The process runs in this order.\nStep: ").append(steps.getFirst().anchor());
        out.add(new SuggestedQuestion("ordering", SuggestedQuestion.Kind.ORDERING, prompt, markdown.toString(),
                steps.getFirst().anchor(), 1));
    }

    private static void nextSteps(List<Step> steps, List<String> labels, List<SuggestedQuestion> out) {
        if (steps.size() < 3) {
            return;
        }
        for (int i = 0; i < Math.min(steps.size() - 1, MAX_NEXT_STEP); i++) {
            Step next = steps.get(i + 1);
            List<String> wrong = nearestOthers(labels, i, labels.get(i + 1));
            String prompt = "What comes after \"" + labels.get(i) + "\"?";
            String explanation = "Step " + next.number() + ", \"" + labels.get(i + 1) + "\", follows step "
                    + steps.get(i).number() + ".";
            out.add(new SuggestedQuestion("after-" + steps.get(i).anchor(), SuggestedQuestion.Kind.NEXT_STEP, prompt,
                    singleChoice(prompt, labels.get(i + 1), wrong, i, explanation, next.anchor()), next.anchor(),
                    next.number()));
        }
    }

    private static void snags(ProcessDoc doc, List<Step> steps, List<String> labels, List<SuggestedQuestion> out) {
        if (steps.isEmpty()) {
            return;
        }
        List<String> snags = doc.sections().stream().filter(s -> s.kind() == SectionKind.SNAGS).map(Section::markdown)
                .flatMap(markdown -> SNAG_ITEM.matcher(markdown).results().map(m -> m.group(1))).limit(MAX_SNAGS).toList();
        for (int n = 0; n < snags.size(); n++) {
            String snag = labelOf(snags.get(n));
            int at = closestStep(snags.get(n), steps);
            Step step = steps.get(at);
            String prompt = "Which of these is a snag to watch for at step " + step.number() + ", \"" + labels.get(at) + "\"?";
            List<String> wrong = nearestOthers(labels, at, snag).stream().limit(2).toList();
            String explanation = "\"" + snag + "\" is a snag; the others are steps of the process.";
            out.add(new SuggestedQuestion("snag-" + (n + 1), SuggestedQuestion.Kind.SNAG, prompt,
                    singleChoice(prompt, snag, wrong, n, explanation, step.anchor()), step.anchor(), step.number()));
        }
    }

    /** The step whose words the snag shares most (earliest on ties; the first step when none shares any). */
    static int closestStep(String snag, List<Step> steps) {
        Set<String> words = words(snag);
        int best = 0;
        long bestShared = 0;
        for (int i = 0; i < steps.size(); i++) {
            Set<String> stepWords = words(steps.get(i).text());
            long shared = words.stream().filter(stepWords::contains).count();
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        return Pattern.compile("[^\\p{L}\\p{N}]+").splitAsStream(text.toLowerCase(java.util.Locale.ROOT))
                .filter(w -> w.length() >= 4 && !COMMON.contains(w))
                .map(w -> w.substring(0, Math.min(5, w.length()))) // a crude stem: "booking" and "booked" meet
                .collect(Collectors.toSet());
    }

    /** Up to three labels nearest to {@code around} (the next one first), none equal to the right answer. */
    private static List<String> nearestOthers(List<String> labels, int around, String right) {
        List<String> picked = new ArrayList<>();
        for (int distance = 1; distance < labels.size() && picked.size() < 3; distance++) {
            for (int index : new int[] {around + distance, around - distance}) {
                if (index >= 0 && index < labels.size() && picked.size() < 3 && !labels.get(index).equals(right)
                        && !picked.contains(labels.get(index))) {
                    picked.add(labels.get(index));
                }
            }
        }
        return picked;
    }

    /** A single-choice question with the right option at a position that varies with {@code seed}. */
    private static String singleChoice(String prompt, String right, List<String> wrong, int seed, String explanation,
                                       String anchor) {
        List<String> options = new ArrayList<>(wrong);
        options.add(seed % (wrong.size() + 1), right);
        var markdown = new StringBuilder("### ").append(escape(prompt)).append('\n');
        options.forEach(option -> markdown.append("1. [").append(option.equals(right) ? 'x' : ' ').append("] ")
                .append(escape(option)).append('\n'));
        return markdown.append("> ").append(escape(explanation)).append("\nStep: ").append(anchor).toString();
    }

    /** A step's short name: its leading bold phrase, else its first sentence (at most eight words). */
    static String label(Step step) {
        return labelOf(step.markdown());
    }

    /** From the Markdown, not the plain text: brackets and underscores a trainer typed stay as typed. */
    private static String labelOf(String markdown) {
        String flat = markdown.strip().replaceAll("\\s+", " ").replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        var bold = BOLD_LEAD.matcher(flat);
        String text = bold.find() ? bold.group(1) : flat.split("(?<=[.!?]) ", 2)[0];
        text = text.replaceAll("\\*\\*|__|[*`]", "");
        String[] words = text.strip().split(" ");
        if (words.length > 8) {
            text = String.join(" ", java.util.Arrays.copyOf(words, 8)) + "...";
        }
        return text.strip().replaceAll("[.:;,!]+$", "");
    }

    /** Plain text as Markdown that reads the same: characters with a meaning in Markdown get a backslash. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
