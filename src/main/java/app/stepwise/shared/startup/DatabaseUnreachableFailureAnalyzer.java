package app.stepwise.shared.startup;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * "The database is not there" deserves one clear paragraph, not eighty lines of Hikari and Flyway
 * stack. Recognises refused connections, unknown hosts, bad credentials and a locked H2 file.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {
    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || message.contains("Communications link failure")) {
                return analysis("Stepwise cannot reach its database at " + url + ".", cause,
                        "Start the database server, or point SPRING_DATASOURCE_URL at a running one.");
            }
            if (message.contains("Access denied for user")) {
                return analysis("The database at " + url + " refused the user name or password.", cause,
                        "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
            }
            if (message.contains("Database may be already in use")) {
                return analysis("The embedded database at " + url + " is in use by another Stepwise process.", cause,
                        "Stop the other process, or give this one its own STEPWISE_DATA_DIR.");
            }
            if (cause instanceof SQLException && message.contains("Unknown database")) {
                return analysis("The database named in " + url + " does not exist.", cause,
                        "Create it (CREATE DATABASE stepwise CHARACTER SET utf8mb4) or fix SPRING_DATASOURCE_URL.");
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String description, Throwable cause, String action) {
        return new FailureAnalysis(description + " (" + cause.getClass().getSimpleName() + ": "
                + firstLine(cause.getMessage()) + ")", action, cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
