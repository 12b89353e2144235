package app.stepwise.content.internal;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of front-matter values. A value of the wrong type is reported at its own line and column, and the
 * field then falls back to its default, so one mistake does not hide the others.
 */
public final class FieldReader {

    private final FrontMatter frontMatter;
    private final Problems problems;

    public FieldReader(FrontMatter frontMatter, Problems problems) {
        this.frontMatter = frontMatter;
        this.problems = problems;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** Reports every key not in {@code allowed}, suggesting the nearest allowed one. */
    public void rejectUnknownKeys(Set<String> allowed) {
        for (String key : frontMatter.keys()) {
            if (allowed.contains(key)) {
                continue;
            }
            String hint = Suggestions.closest(key, allowed)
                    .map(suggestion -> " — did you mean '" + suggestion + "'?")
                    .orElse(". Allowed keys are: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            problems.error(frontMatter.keyPosition(key), "Unknown front-matter key '" + key + "'" + hint);
        }
    }

    public Optional<String> text(String key) {
        Optional<Node> value = frontMatter.value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            problems.error(frontMatter.position(value.get()),
                    "'" + key + "' must be a single value on the same line, not a list.");
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A list of texts; a single value counts as a list of one. */
    public List<String> list(String key) {
        return listItems(key, true).stream().map(Item::text).toList();
    }

    /** A list of ids (module or role ids); invalid ones are reported and left out. */
    public List<String> idList(String key) {
        List<String> ids = new ArrayList<>();
        for (Item item : listItems(key, true)) {
            if (Slugs.isValidId(item.text())) {
                ids.add(item.text());
            } else {
                problems.error(item.at(), invalidIdMessage(item.text(), "in '" + key + "'"));
            }
        }
        return List.copyOf(ids);
    }

    /** Where one list item is written, for checks that point at it (unknown prerequisite); else the key. */
    public Position itemPosition(String key, String value) {
        return listItems(key, false).stream().filter(item -> item.text().equals(value)).map(Item::at).findFirst()
                .orElseGet(() -> frontMatter.keyPosition(key));
    }

    public Optional<String> id(String key) {
        Optional<String> id = text(key);
        if (id.isPresent() && !Slugs.isValidId(id.get())) {
            problems.error(valuePosition(key), invalidIdMessage(id.get(), "as '" + key + "'"));
            return Optional.empty();
        }
        return id;
    }

    public OptionalInt wholeNumber(String key, int min, int max, String meaning) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        String digits = text.get().endsWith("%") ? text.get().substring(0, text.get().length() - 1).strip()
                : text.get();
        if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
            problems.error(valuePosition(key), "'" + key + "' must be " + meaning + "; '" + text.get()
                    + "' is not.");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    public Optional<Duration> clockDuration(String key, String example) {
        return parsed(key, DurationText::clock, "a duration like " + example);
    }

    public Optional<Period> calendarPeriod(String key, String example) {
        return parsed(key, DurationText::calendar, "a period like " + example);
    }

    public Position valuePosition(String key) {
        return frontMatter.value(key).map(frontMatter::position).orElse(frontMatter.keyPosition(key));
    }

    private <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser, String meaning) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(text.get());
        if (value.isEmpty()) {
            problems.error(valuePosition(key), "'" + key + "' must be " + meaning + "; '" + text.get()
                    + "' is not.");
        }
        return value;
    }

    /** The items of a list value; {@code report} is false for re-reads that must not repeat problems. */
    private List<Item> listItems(String key, boolean report) {
        Optional<Node> value = frontMatter.value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return List.of();
        }
        if (value.get() instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of()
                    : List.of(new Item(scalar.getValue().strip(), frontMatter.position(scalar)));
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            reportIf(report, frontMatter.position(value.get()), "'" + key + "' must be a list, like '" + key
                    + ": [first, second]' or one '- item' line per entry.");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Node node : sequence.getValue()) {
            if (node instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
                items.add(new Item(scalar.getValue().strip(), frontMatter.position(node)));
            } else if (!isNull(node)) {
                reportIf(report, frontMatter.position(node), "Each entry of '" + key + "' must be a single value.");
            }
        }
        return items;
    }

    private void reportIf(boolean report, Position at, String message) {
        if (report) {
            problems.error(at, message);
        }
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    static String invalidIdMessage(String id, String where) {
        String suggestion = Slugs.slug(id);
        return "'" + id + "' " + where + " is not a valid id: use lowercase letters, digits and hyphens"
                + (suggestion.isEmpty() ? "" : ", e.g. '" + suggestion + "'") + ".";
    }

    private record Item(String text, Position at) {
    }
}
