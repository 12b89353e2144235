package app.stepwise.reporting.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to the summary tables runs here: one at a time on this node (listeners run in parallel, and
 * delete-then-insert of neighbouring keys deadlocks on InnoDB's gap locks), each in a transaction of its own, and
 * a write that still clashes (another node, say) is retried on top of the winner's, which is harmless because
 * every write recomputes its rows from the source.
 */
@Component
class SummaryWrites {
    private static final int TRIES = 4;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final TransactionTemplate separately;

    SummaryWrites(PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void write(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            lock.lock();
            try {
                separately.executeWithoutResult(tx -> work.run());
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException clash) {
                if (attempt == TRIES) {
                    throw clash;
                }
            } finally {
                lock.unlock();
            }
            pause(attempt);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a summary write", interrupted);
        }
    }
}
