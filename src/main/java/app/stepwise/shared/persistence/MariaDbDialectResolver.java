package app.stepwise.shared.persistence;

import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MySQL Connector/J reports a MariaDB server as product "MySQL" version "5.5.5-10.11.19-MariaDB", so
 * Hibernate would pick MySQLDialect for "MySQL 5.5" and warn that it is unsupported. This resolver
 * reads the real MariaDB version from that string. Any other database (real MySQL included) falls
 * through to Hibernate's own detection.
 */
public final class MariaDbDialectResolver implements DialectResolver {
    private static final Pattern MARIADB_VERSION =
            Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*", Pattern.CASE_INSENSITIVE);

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        var version = mariaDbVersion(info.getDatabaseVersion());
        return version == null ? null : new MariaDBDialect(version);
    }

    static DatabaseVersion mariaDbVersion(String reportedVersion) {
        if (reportedVersion == null) {
            return null;
        }
        var matcher = MARIADB_VERSION.matcher(reportedVersion.trim());
        if (!matcher.matches()) {
            return null;
        }
        return DatabaseVersion.make(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }
}
