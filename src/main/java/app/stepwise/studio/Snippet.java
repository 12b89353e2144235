package app.stepwise.studio;

import app.stepwise.content.SectionKind;

/** What the studio's insert buttons add to a draft: a block in our format and the section it belongs in. */
public enum Snippet {
    STEP("Step", SectionKind.STEPS, "1. **Name the step.** What to do, where, and what done looks like."),
    SNAG("Snag", SectionKind.SNAGS, "- **Name the snag.** What goes wrong, and how to avoid it."),
    SINGLE_CHOICE("Single choice", SectionKind.QUIZ, """
            ### Which answer is right?
            1. [x] The correct answer
            1. [ ] A plausible wrong answer
            1. [ ] Another wrong answer
            > Why the correct answer is right."""),
    MULTIPLE_CHOICE("Multiple choice", SectionKind.QUIZ, """
            ### Which of these apply? (choose all that apply)
            - [x] A correct answer
            - [x] Another correct answer
            - [ ] A wrong answer
            > Why these answers are right."""),
    TRUE_FALSE("True or false", SectionKind.QUIZ, """
            ### True or false: a statement about the process.
            1. [x] True
            1. [ ] False
            > Why."""),
    ORDERING("Ordering", SectionKind.QUIZ, """
            ### Put these in order
            1. What comes first
            2. What comes next
            3. What comes last
            > Why this order."""),
    SHORT_ANSWER("Short answer", SectionKind.QUIZ, """
            ### A question with a short answer?
            Answer: the answer | another accepted spelling
            > Why."""),
    PRACTICE_TASK("Practice task", SectionKind.PRACTICE, """
            - [ ] **Name the task.** What to do, and what to hand in.
              Evidence: text""");

    private final String label;
    private final SectionKind section;
    private final String markdown;

    Snippet(String label, SectionKind section, String markdown) {
        this.label = label;
        this.section = section;
        this.markdown = markdown;
    }

    public String label() {
        return label;
    }

    public SectionKind section() {
        return section;
    }

    public String markdown() {
        return markdown;
    }

    /** Questions are whole {@code ###} blocks; the others are top-level list items. */
    boolean isQuestion() {
        return section == SectionKind.QUIZ;
    }
}
