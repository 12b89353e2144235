package app.stepwise.shared;

import java.util.Map;

/**
 * Input that breaks a business rule, with a message per field that the UI can show beside it. Never
 * carries a stack trace to the user: views show {@link #fieldErrors()} or {@link #getMessage()}.
 */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
