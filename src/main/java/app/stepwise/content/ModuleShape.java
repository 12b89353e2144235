package app.stepwise.content;

/** What a module's current version asks of a learner: steps to read, quiz questions, practice tasks. */
public record ModuleShape(int steps, int questions, int practiceTasks) {
    public boolean hasQuiz() {
        return questions > 0;
    }

    public boolean hasPractice() {
        return practiceTasks > 0;
    }
}
