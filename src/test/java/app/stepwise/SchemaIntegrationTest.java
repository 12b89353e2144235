package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.testing.IntegrationTest;
import app.stepwise.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same migrations run on both databases, and Hibernate talks to each in its own dialect. */
@IntegrationTest
class SchemaIntegrationTest {
    @Autowired Flyway flyway;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired DataSource dataSource;

    @Test
    void every_migration_is_applied_and_hibernate_validates_the_schema_against_the_entities() {
        assertThat(flyway.info().pending()).isEmpty();
        var applied = java.util.Arrays.stream(flyway.info().applied()).map(i -> Integer.valueOf(i.getVersion().getVersion())).toList();
        assertThat(applied).as("every migration in order, none skipped").hasSizeGreaterThanOrEqualTo(5)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, applied.size()).boxed().toList());
        assertThat(flyway.info().applied()).allSatisfy(i -> assertThat(i.getState().isFailed()).isFalse());
    }

    @Test
    void hibernate_uses_the_dialect_of_the_database_it_is_connected_to() throws Exception {
        var dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        try (var connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            if (TestDatabase.isMariaDb()) {
                assertThat(metadata.getDriverName()).contains("MySQL Connector/J");
                assertThat(metadata.getDatabaseProductVersion()).contains("MariaDB");
                assertThat(dialect).isInstanceOf(MariaDBDialect.class);
                assertThat(dialect.getVersion().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(10);
            } else {
                assertThat(dialect).isInstanceOf(H2Dialect.class);
            }
        }
    }
}
