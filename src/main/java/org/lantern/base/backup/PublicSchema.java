package org.lantern.base.backup;

import org.lantern.base.backup.DatabaseBackup.BackupException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backup needs to know of the {@code public} schema, read from PostgreSQL's catalogue so that
 * tables added by later changesets are included without changing this code: the tables in the order
 * their foreign keys need, their keys and copyable columns, the identity sequences to move past restored ids.
 */
final class PublicSchema {

    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock", "schema_mark");

    private PublicSchema() {
    }

    /** Refuses a restore into a database that already holds data in any of the tables. */
    static void checkEmpty(Connection c, List<String> tables) throws SQLException, BackupException {
        List<String> used = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        used.add(table);
                    }
                }
            }
        }
        if (!used.isEmpty()) {
            throw new BackupException("The database already holds Lantern data (in " + String.join(", ", used)
                    + "), so nothing was restored. Restore into an empty database: for the embedded one, move the data "
                    + "folder aside (or use a new --lantern.data-dir); for an external one, create a new empty database.");
        }
    }


    static List<String> changesets(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * Tables of the public schema (without Liquibase's own), each after the tables it references. A deferrable
     * foreign key (one that closes a circle, such as a wave's first release) does not order tables: a restore
     * defers it to its commit.
     */
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rs.next()) {
                if (!LIQUIBASE_TABLES.contains(rs.getString(1))) {
                    parents.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT child.relname, parent.relname
                     FROM pg_constraint fk
                     JOIN pg_class child ON child.oid = fk.conrelid
                     JOIN pg_class parent ON parent.oid = fk.confrelid
                     JOIN pg_namespace n ON n.oid = child.relnamespace
                     WHERE fk.contype = 'f' AND n.nspname = 'public' AND NOT fk.condeferrable""")) {
            while (rs.next()) {
                Set<String> of = parents.get(rs.getString(1));
                if (of != null && !rs.getString(1).equals(rs.getString(2))) {
                    of.add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : parents.keySet()) {
            visit(table, parents, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> visiting, List<String> ordered) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, parents, visiting, ordered);
        }
        ordered.add(table);
    }

    /** The table's primary key columns, in key order (empty when it has none). */
    static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.attname FROM pg_index i
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = ('public.' || quote_ident(?))::regclass AND i.indisprimary
                ORDER BY k.n""")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    key.add(r.getString(1));
                }
            }
        }
        return key;
    }

    /** Columns that can be copied in and out: all but generated (computed) columns. */
    static List<String> copyableColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? AND is_generated = 'NEVER'
                ORDER BY ordinal_position""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    static void resetIdentitySequences(Connection c, List<String> tables) throws SQLException {
        try (PreparedStatement identities = c.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')""");
             Statement s = c.createStatement()) {
            for (String table : tables) {
                identities.setString(1, table);
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = identities.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                for (String column : columns) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + quote(table).replace("'", "''") + "', '"
                            + column.replace("'", "''") + "'), COALESCE((SELECT max(" + quote(column) + ") FROM "
                            + quote(table) + "), 0) + 1, false)");
                }
            }
        }
    }

    static List<String> quoted(List<String> names) {
        return names.stream().map(PublicSchema::quote).toList();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
