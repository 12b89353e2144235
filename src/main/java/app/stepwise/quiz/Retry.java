package app.stepwise.quiz;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a transaction again when it lost a race: a row changed under it (optimistic lock, a guarded update
 * that matched nothing), a lock wait, or a unique key taken by a concurrent insert. Each run reads afresh,
 * so the second run sees what the winner did.
 */
final class Retry {
    private static final int ATTEMPTS = 10;

    private Retry() {
    }

    /** Thrown inside a transaction to roll it back and run it again. */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super("lost a race; retrying", null, false, false);
        }
    }

    static <T> T onConflict(Supplier<T> work) {
        for (int run = 1; ; run++) {
            try {
                return work.get();
            } catch (Conflict | ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (run >= ATTEMPTS) {
                    throw new IllegalStateException("Still conflicting after " + ATTEMPTS + " runs", e);
                }
                pause(run);
            }
        }
    }

    private static void pause(int run) {
        try {
            Thread.sleep(5L * run + (long) (Math.random() * 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
