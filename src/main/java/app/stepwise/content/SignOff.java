package app.stepwise.content;

/** Who confirms a practice task is done ({@code Sign-off:} line). */
public enum SignOff {
    TRAINER,
    NONE
}
