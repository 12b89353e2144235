package app.stepwise.content;

/** A role as a list shows it. */
public record RoleListing(String id, String title, int version) {
}
