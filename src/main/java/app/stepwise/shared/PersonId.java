package app.stepwise.shared;

/** Identifies a person across modules without exposing the people module's entities. */
public record PersonId(long value) {
    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("A person id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
