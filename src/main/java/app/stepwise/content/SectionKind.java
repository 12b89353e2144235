package app.stepwise.content;

/**
 * The conventional sections of a process doc, recognised by their {@code ##} heading (see docs/content-format.md for
 * the synonyms). Everything else is {@link #OTHER}: kept as reading, in document order.
 */
public enum SectionKind {
    OBJECTIVE,
    ROLES,
    TOOLS,
    STEPS,
    SNAGS,
    DELIVERABLE,
    KPIS,
    QUIZ,
    PRACTICE,
    OTHER
}
