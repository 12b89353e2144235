package app.stepwise.content.internal;

import app.stepwise.content.SectionKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises conventional {@code ##} headings, ignoring case, trailing colons and extra spaces. The lists are short on
 * purpose: a wiki page with "## Questions" must stay reading, not become a broken quiz.
 */
public final class SectionKinds {

    private static final Map<String, SectionKind> BY_HEADING = new HashMap<>();

    static {
        register(SectionKind.OBJECTIVE, "objective", "objectives", "purpose", "goal", "goals");
        register(SectionKind.ROLES, "roles", "who", "responsibilities");
        register(SectionKind.TOOLS, "tools", "tools and systems", "resources");
        register(SectionKind.STEPS, "steps", "procedure", "process", "how to");
        register(SectionKind.SNAGS, "snags", "watch out", "pitfalls", "common mistakes", "gotchas");
        register(SectionKind.DELIVERABLE, "deliverable", "deliverables", "outcome", "output", "result");
        register(SectionKind.KPIS, "kpis", "kpi", "metrics", "measures");
        register(SectionKind.QUIZ, "quiz");
        register(SectionKind.PRACTICE, "practice", "practice tasks");
    }

    private SectionKinds() {
    }

    /** Only level-2 headings are recognised; any other level is reading ({@link SectionKind#OTHER}). */
    public static SectionKind classify(int level, String headingText) {
        if (level != 2) {
            return SectionKind.OTHER;
        }
        return BY_HEADING.getOrDefault(normalise(headingText), SectionKind.OTHER);
    }

    private static String normalise(String heading) {
        String text = heading.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        while (!text.isEmpty() && ":.!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static void register(SectionKind kind, String... headings) {
        for (String heading : headings) {
            BY_HEADING.put(heading, kind);
        }
    }
}
