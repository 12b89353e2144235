package app.stepwise.content;

/** How bad a {@link Problem} is: an error stops the file from being imported, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
