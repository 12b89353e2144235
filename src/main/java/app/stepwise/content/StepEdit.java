package app.stepwise.content;

/** A step present in both versions whose content changed; its anchor may have changed too (matched by text). */
public record StepEdit(Step before, Step after) {

    public boolean anchorChanged() {
        return !before.anchor().equals(after.anchor());
    }
}
