package app.stepwise.shared.ui;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected failure with a short reference a person can quote to an administrator. */
final class ErrorReports {
    private static final Logger log = LoggerFactory.getLogger(ErrorReports.class);

    private ErrorReports() {
    }

    static String log(String activity, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure {} (reference {})", activity, reference, failure);
        return reference;
    }
}
