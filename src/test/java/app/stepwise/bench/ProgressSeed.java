package app.stepwise.bench;

import app.stepwise.content.SourceFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes an organisation straight into the database with JDBC batches (Connector/J turns each batch into
 * multi-row INSERTs with rewriteBatchedStatements=true): teams of 50 learners under their managers, every learner
 * with a progress row in every module, enrolments in one or two of 20 roles, certifications for those who
 * completed their role, a few lapsed, revoked or with a refresher due. Deterministic for a seed.
 */
final class ProgressSeed {
    static final int TEAM = 50;
    static final int ROLES = 20;
    static final int REQUIRED_PER_ROLE = 12;
    static final long FIRST_ID = 100_000;
    private static final int BATCH = 10_000;

    final int people;
    final int modules;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final Random random;
    long progressRows;
    long enrolments;
    long certifications;
    long refreshers;
    private final double[] diligence;
    private final int[][] rolesOf;

    ProgressSeed(int people, int modules, long seed) {
        this.people = people;
        this.modules = modules;
        this.random = new Random(seed);
        this.diligence = new double[people];
        this.rolesOf = new int[people][];
        for (int i = 0; i < people; i++) {
            diligence[i] = random.nextDouble();
            int first = (i / TEAM) % ROLES;
            rolesOf[i] = random.nextInt(4) == 0 ? new int[] {first, (first + 1 + random.nextInt(ROLES - 1)) % ROLES} : new int[] {first};
        }
    }

    int managers() {
        return (people + TEAM - 1) / TEAM;
    }

    static long managerId(int team) {
        return FIRST_ID + team;
    }

    long learnerId(int i) {
        return FIRST_ID + managers() + i;
    }

    static String roleId(int role) {
        return "bench-role-" + role;
    }

    /** Role r requires a window of modules; windows overlap and together cover the library. */
    List<String> requiredModules(int role) {
        var ids = new ArrayList<String>();
        int step = Math.max(1, modules / ROLES);
        for (int k = 0; k < REQUIRED_PER_ROLE; k++) {
            ids.add("process-" + ((role * step + k) % modules));
        }
        return ids;
    }

    List<SourceFile> roleFiles() {
        var files = new ArrayList<SourceFile>();
        for (int r = 0; r < ROLES; r++) {
            files.add(SourceFile.ofText("roles/" + roleId(r) + ".md", "---\nid: " + roleId(r) + "\ntitle: Bench role " + r
                    + "\ncertification-validity: 12 months\nrequired: [" + String.join(", ", requiredModules(r)) + "]\n---\n# Bench role "
                    + r + "\nA role of the progress benchmark.\n"));
        }
        return files;
    }

    interface Connections {
        Connection open() throws SQLException;
    }

    /** People, enrolments and certifications on one connection; progress rows on {@code writers} in parallel. */
    void write(Connections connections, int writers) throws Exception {
        try (var connection = connections.open()) {
            connection.setAutoCommit(false);
            people(connection);
            enrolmentsAndCertifications(connection);
            connection.commit();
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
            var parts = new ArrayList<java.util.concurrent.Future<Long>>();
            for (int w = 0; w < writers; w++) {
                int from = people * w / writers;
                int to = people * (w + 1) / writers;
                parts.add(pool.submit(() -> {
                    try (var connection = connections.open()) {
                        connection.setAutoCommit(false);
                        long rows = progress(connection, from, to, new Random(from));
                        connection.commit();
                        return rows;
                    }
                }));
            }
            for (var part : parts) {
                progressRows += part.get();
            }
        }
    }

    private void people(Connection connection) throws SQLException {
        try (var person = connection.prepareStatement("insert into person (id, email, full_name, job_title, manager_id, start_date,"
                + " active, password_hash, password_change_required, session_version, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, true, null, false, 0, ?, ?, 0)");
             var authority = connection.prepareStatement("insert into person_authority (person_id, authority) values (?, ?)")) {
            for (int team = 0; team < managers(); team++) {
                addPerson(person, managerId(team), "Manager " + team, "Team Lead", null);
                addAuthority(authority, managerId(team), "MANAGER");
            }
            person.executeBatch();
            for (int i = 0; i < people; i++) {
                addPerson(person, learnerId(i), String.format("Learner %05d", i), "Associate", managerId(i / TEAM));
                addAuthority(authority, learnerId(i), "LEARNER");
                if (i % BATCH == BATCH - 1) {
                    person.executeBatch();
                    authority.executeBatch();
                }
            }
            person.executeBatch();
            authority.executeBatch();
        }
    }

    private void addPerson(PreparedStatement s, long id, String name, String job, Long manager) throws SQLException {
        s.setLong(1, id);
        s.setString(2, "p" + id + "@bench.test");
        s.setString(3, name);
        s.setString(4, job);
        s.setObject(5, manager);
        s.setObject(6, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(random.nextInt(700)));
        s.setObject(7, utc(now));
        s.setObject(8, utc(now));
        s.addBatch();
    }

    private static void addAuthority(PreparedStatement s, long id, String authority) throws SQLException {
        s.setLong(1, id);
        s.setString(2, authority);
        s.addBatch();
    }

    private void enrolmentsAndCertifications(Connection connection) throws SQLException {
        try (var enrol = connection.prepareStatement("insert into enrolment (person_id, role_key, purpose, due_date, assigned_by,"
                + " enrolled_at) values (?, ?, ?, ?, 'bench', ?)");
             var certify = connection.prepareStatement("insert into certification (person_id, role_key, status, granted_at,"
                     + " valid_until, verification_code, lapsed_at, lapse_reason, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)");
             var refresher = connection.prepareStatement("insert into refresher (person_id, role_key, module_key, from_version,"
                     + " to_version, due_at, created_at) values (?, ?, ?, 1, 2, ?, ?)")) {
            for (int i = 0; i < people; i++) {
                for (int n = 0; n < rolesOf[i].length; n++) {
                    int role = rolesOf[i][n];
                    enrol.setLong(1, learnerId(i));
                    enrol.setString(2, roleId(role));
                    enrol.setString(3, n == 0 ? "ONBOARDING" : "PROMOTION");
                    enrol.setObject(4, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(random.nextInt(150) - 60));
                    enrol.setObject(5, utc(now.minus(random.nextInt(300), ChronoUnit.DAYS)));
                    enrol.addBatch();
                    enrolments++;
                    if (completes(i, role)) {
                        certification(certify, refresher, i, role);
                    }
                }
            }
            enrol.executeBatch();
            certify.executeBatch();
            refresher.executeBatch();
        }
    }

    private void certification(PreparedStatement certify, PreparedStatement refresher, int i, int role) throws SQLException {
        int kind = random.nextInt(100);
        var granted = now.minus(random.nextInt(400), ChronoUnit.DAYS);
        certify.setLong(1, learnerId(i));
        certify.setString(2, roleId(role));
        certify.setString(3, kind < 90 ? "GRANTED" : kind < 97 ? "LAPSED" : "REVOKED");
        certify.setObject(4, utc(granted));
        certify.setObject(5, utc(granted.plus(365, ChronoUnit.DAYS)));
        certify.setString(6, String.format("BENCH%015d", ++certifications));
        certify.setObject(7, kind >= 90 && kind < 97 ? utc(now) : null);
        certify.setString(8, kind >= 90 && kind < 97 ? "its validity ended" : null);
        certify.addBatch();
        if (kind < 4) {
            refresher.setLong(1, learnerId(i));
            refresher.setString(2, roleId(role));
            refresher.setString(3, requiredModules(role).getFirst());
            refresher.setObject(4, utc(now.plus(random.nextInt(30), ChronoUnit.DAYS)));
            refresher.setObject(5, utc(now));
            refresher.addBatch();
            refreshers++;
        }
    }

    /**
     * Diligent people complete most modules (a quarter complete every one); a role is complete when its whole
     * window is, which gives about a third of the enrolments a certification.
     */
    private boolean completes(int i, int role) {
        return requiredModules(role).stream().allMatch(m -> completed(i, Integer.parseInt(m.substring("process-".length()))));
    }

    private boolean completed(int i, int module) {
        // A pseudo-random draw per person and module that does not consume the shared Random: stable across calls.
        long mix = (learnerId(i) * 0x9E3779B97F4A7C15L) ^ (module * 0xC2B2AE3D27D4EB4FL);
        double draw = ((mix >>> 11) & ((1L << 53) - 1)) / (double) (1L << 53);
        return draw < 0.25 + diligence[i];
    }

    /** Progress rows of learners {@code from} (inclusive) to {@code to}; each writer has its own random source. */
    private long progress(Connection connection, int from, int to, Random random) throws SQLException {
        long written = 0;
        try (var row = connection.prepareStatement("insert into module_progress (person_id, module_key, module_version,"
                + " steps_ticked, read_at, completed_at, updated_at, version) values (?, ?, 1, ?, ?, ?, ?, 0)")) {
            for (int i = from; i < to; i++) {
                for (int m = 0; m < modules; m++) {
                    boolean done = completed(i, m);
                    boolean read = done || random.nextInt(3) == 0;
                    var at = utc(now.minus(random.nextInt(200), ChronoUnit.DAYS));
                    row.setLong(1, learnerId(i));
                    row.setString(2, "process-" + m);
                    row.setString(3, read ? null : "step-1,step-2");
                    row.setObject(4, read ? at : null);
                    row.setObject(5, done ? at : null);
                    row.setObject(6, at);
                    row.addBatch();
                    if (++written % BATCH == 0) {
                        row.executeBatch();
                    }
                    if (written % 100_000 == 0) {
                        connection.commit();
                    }
                }
            }
            row.executeBatch();
        }
        return written;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
