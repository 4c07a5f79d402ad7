package org.lantern.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded PostgreSQL's two roles, made by Lantern at every start as the superuser: the schema
 * owner (Liquibase, restore) and the app role (the connection pool), neither of them a superuser.
 * Both get a new random password each time (the passwords live only in this process). A data folder
 * made before the roles existed has its tables owned by {@code postgres}: they are handed to the owner.
 */
final class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseRoles() {
    }

    record Created(EmbeddedDatabase.Credentials owner, EmbeddedDatabase.Credentials app) {
    }

    static Created ensure(EmbeddedPostgres postgres, String database, String ownerRole, String appRole) throws IOException {
        EmbeddedDatabase.Credentials owner = new EmbeddedDatabase.Credentials(ownerRole, newPassword());
        EmbeddedDatabase.Credentials app = new EmbeddedDatabase.Credentials(appRole, newPassword());
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (EmbeddedDatabase.Credentials role : new EmbeddedDatabase.Credentials[]{owner, app}) {
                if (!exists(c, role.username())) {
                    s.execute("CREATE ROLE " + role.username() + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION");
                    log.info("Created database role '{}'", role.username());
                }
                // the password is base64url: nothing in it needs quoting
                s.execute("ALTER ROLE " + role.username() + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                        + "NOBYPASSRLS PASSWORD '" + role.password() + "'");
            }
            s.execute("ALTER DATABASE " + database + " OWNER TO " + ownerRole);
        } catch (SQLException e) {
            throw new IOException("Could not set up the database roles: " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", database));
             Statement s = c.createStatement()) {
            // PostgreSQL 15+: the public schema belongs to the database owner; say so for older data folders too
            s.execute("ALTER SCHEMA public OWNER TO " + ownerRole);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute(handOver(ownerRole));
        } catch (SQLException e) {
            throw new IOException("Could not hand Lantern's tables to the role " + ownerRole + ": " + e.getMessage(), e);
        }
        return new Created(owner, app);
    }

    /** Gives the owner role every table, view, sequence and function of the public schema still owned by postgres. */
    private static String handOver(String ownerRole) {
        return """
                DO $$
                DECLARE
                    o record;
                BEGIN
                    FOR o IN SELECT c.oid::regclass AS name FROM pg_class c
                             WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                               AND (c.relkind IN ('r', 'p', 'v', 'm', 'f')
                                    OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                                        AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))))
                    LOOP
                        EXECUTE format('ALTER TABLE %s OWNER TO %I', o.name, '@owner@');
                    END LOOP;
                    FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                             WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole
                    LOOP
                        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', o.name, '@owner@');
                    END LOOP;
                END
                $$""".replace("@owner@", ownerRole);
    }

    private static boolean exists(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
