package app.stepwise.quiz;

import java.util.List;

/**
 * A learner's answer as the player knows it: positions in the order the options were shown in this
 * attempt (for ordering questions, the shown positions in the learner's order), or the typed text.
 */
public record Answer(List<Integer> positions, String text) {
    public static final Answer NONE = new Answer(List.of(), "");

    public Answer {
        positions = List.copyOf(positions);
        text = text == null ? "" : text;
    }

    public static Answer choice(List<Integer> positions) {
        return new Answer(positions, "");
    }

    public static Answer text(String text) {
        return new Answer(List.of(), text);
    }

    public boolean isEmpty() {
        return positions.isEmpty() && text.isBlank();
    }
}
