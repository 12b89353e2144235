package app.stepwise.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each test application context at a fresh database. The leg is chosen by the system property
 * {@code stepwise.test.db}: {@code h2} (default, in memory) or {@code mariadb}: a throw-away database
 * and user created on the MariaDB/MySQL server at {@code STEPWISE_TEST_MARIADB_URL} (default
 * 127.0.0.1:3306, as root without password) and used through MySQL Connector/J, like production.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    public static final String LEG = System.getProperty("stepwise.test.db", "h2");

    public static boolean isMariaDb() {
        return "mariadb".equals(LEG);
    }

    public static String serverUrl() {
        return System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
    }

    static String adminUser() {
        return System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_USER", "root");
    }

    static String adminPassword() {
        return System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_PASSWORD", "");
    }

    public static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl() + "?connectTimeout=3000", adminUser(), adminPassword());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "stepwise_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = isMariaDb() ? mariaDb(name) : Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
        if (isMariaDb()) {
            context.getEnvironment().addActiveProfile("mysql");
        }
    }

    private static Map<String, Object> mariaDb(String name) {
        String password = UUID.randomUUID().toString();
        try (var connection = adminConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + name + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + serverUrl() + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return Map.of("spring.datasource.url", serverUrl() + name + "?connectionTimeZone=UTC",
                "spring.datasource.username", name, "spring.datasource.password", password,
                "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    private static void drop(String name) {
        try (var connection = adminConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("DROP USER IF EXISTS '" + name + "'@'%'");
        } catch (SQLException ignored) {
            // Best effort at JVM exit; a leftover test schema harms nothing.
        }
    }
}
