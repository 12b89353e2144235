package app.stepwise.reporting;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the counting thread only. Hibernate's statistics are global, so
 * listeners and jobs running in the background of the shared test context would add to them at random.
 * Registered for every test in application-test.properties; it counts nothing unless a test starts counting.
 */
public class ThreadStatements implements StatementInspector {
    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        long[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** The statements {@code work} prepared on this thread. */
    static long countOf(Runnable work) {
        COUNT.set(new long[1]);
        try {
            work.run();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
