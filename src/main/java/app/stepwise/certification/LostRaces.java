package app.stepwise.certification;

import java.util.Locale;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a certification rule again, in a fresh transaction, when it lost a race with another event of the same
 * person: the certification it was about to grant already exists (the unique person × role key), or a concurrent
 * grant or update changed the row under it (optimistic lock, lock wait, deadlock). The next run reads the
 * winner's row and finds the grant done, so a lost race ends as "already granted", not as a failed event
 * publication. Any other failure (another constraint, a bug) is thrown at once so the publication stays
 * incomplete and visible.
 */
final class LostRaces {
    static final String PERSON_ROLE_KEY = "uk_certification_person_role";
    private static final int RUNS = 8;

    private LostRaces() {
    }

    static void rerun(Runnable rule) {
        for (int run = 1; ; run++) {
            try {
                rule.run();
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException failure) {
                if (!isLostRace(failure) || run >= RUNS) {
                    throw failure;
                }
                pause(run);
            }
        }
    }

    /** A concurrency failure, or the person × role key taken by a concurrent grant; nothing else. */
    static boolean isLostRace(RuntimeException failure) {
        if (failure instanceof ConcurrencyFailureException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(PERSON_ROLE_KEY)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int run) {
        try {
            Thread.sleep(10L * run + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-running a certification rule", e);
        }
    }
}
