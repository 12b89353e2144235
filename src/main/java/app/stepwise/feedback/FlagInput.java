package app.stepwise.feedback;

import app.stepwise.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Checks what people type into a flag or a resolution, with messages the UI shows beside the field. */
final class FlagInput {
    static final int MIN_COMMENT = 3;
    static final int MAX_TEXT = 2000;
    static final int MAX_STEP_TEXT = 500;

    private FlagInput() {
    }

    /** The problems with a new flag's kind and comment, by field; empty when both are fine. */
    static Map<String, String> problems(FlagKind kind, String comment) {
        var problems = new LinkedHashMap<String, String>();
        if (kind == null) {
            problems.put("kind", "Choose what is wrong with this step.");
        }
        String text = trimmed(comment);
        if (text.isEmpty()) {
            problems.put("comment", "Say what is unclear or wrong, so the owner knows what to change.");
        } else if (text.length() < MIN_COMMENT) {
            problems.put("comment", "Write at least " + MIN_COMMENT + " characters.");
        } else if (text.length() > MAX_TEXT) {
            problems.put("comment", tooLong(text));
        }
        return problems;
    }

    /** The resolution note, trimmed; required when declining, since the learner reads why. */
    static String note(FlagStatus next, String note) {
        String text = trimmed(note);
        if (next == FlagStatus.DECLINED && text.isEmpty()) {
            throw new InvalidInputException("note", "Say why the flag is declined: the learner reads it.");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("note", tooLong(text));
        }
        return text;
    }

    /** Refuses a status change the flag's life cycle does not allow, saying what is possible instead. */
    static void checkTransition(FlagStatus current, FlagStatus next) {
        if (next == null) {
            throw new InvalidInputException("status", "Choose what to do with the flag.");
        }
        if (current.canMoveTo(next)) {
            return;
        }
        String now = "This flag is " + current.label().toLowerCase(Locale.ROOT);
        if (current.next().isEmpty()) {
            throw new InvalidInputException("status", now + " and cannot change any more.");
        }
        var labels = current.next().stream().map(s -> s.label().toLowerCase(Locale.ROOT)).toList();
        String possible = labels.size() == 1 ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
        throw new InvalidInputException("status", now + ": it can be marked " + possible + ", not "
                + next.label().toLowerCase(Locale.ROOT) + ".");
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    /** The step as one line, cut to fit its column. */
    static String stepSnapshot(String stepText) {
        String line = trimmed(stepText).replaceAll("\\s+", " ");
        return line.length() <= MAX_STEP_TEXT ? line : line.substring(0, MAX_STEP_TEXT - 1) + "…";
    }

    private static String tooLong(String text) {
        return "Keep it to " + MAX_TEXT + " characters (this has " + text.length() + ").";
    }
}
