package app.stepwise.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {
    @Test
    void reads_the_real_mariadb_version_behind_connector_js_compatibility_prefix() {
        var version = MariaDbDialectResolver.mariaDbVersion("5.5.5-10.11.19-MariaDB-0+deb12u1");
        assertThat(version.getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(11);
        assertThat(version.getDatabaseMicroVersion()).isEqualTo(19);
    }

    @Test
    void reads_a_mariadb_version_without_the_prefix() {
        assertThat(MariaDbDialectResolver.mariaDbVersion("11.4.2-MariaDB").getDatabaseMajorVersion()).isEqualTo(11);
    }

    @Test
    void leaves_real_mysql_and_unknown_versions_to_hibernate() {
        assertThat(MariaDbDialectResolver.mariaDbVersion("8.4.3")).isNull();
        assertThat(MariaDbDialectResolver.mariaDbVersion(null)).isNull();
        assertThat(MariaDbDialectResolver.mariaDbVersion("2.4.240 (2025-09-22)")).isNull();
    }
}
