package org.lantern.base.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A logical backup of Lantern's database, independent of where PostgreSQL runs (the embedded
 * PostgreSQL ships no {@code pg_dump}).
 *
 * <p>The file is a ZIP: one entry per table in PostgreSQL's {@code COPY} text format, parents before
 * children, then {@code manifest.properties} (format version, time, the Liquibase changesets the
 * schema had, and each table's columns and row count). Every table in the {@code public} schema is included (so
 * tables added by later changesets are too), read in one repeatable-read transaction: a consistent
 * snapshot even while Lantern is in use. A restore goes into an empty database that Liquibase has
 * migrated, in one transaction, parents before children, and sets the id sequences past the
 * restored ids. Derived data (the search index) is not in the backup; it is rebuilt at start.
 */
public final class DatabaseBackup {

    /** The format written; a reader refuses formats it does not know. */
    public static final String FORMAT = "lantern-backup-1";
    static final String MANIFEST = "manifest.properties";
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private final DataSource dataSource;
    private final Clock clock;

    /** Backs up or restores {@code dataSource}; a backup's manifest records the time on {@code clock}. */
    public DatabaseBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What a backup or restore did. */
    public record Summary(Map<String, Long> rowsByTable, long bytes) {
        public long totalRows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Refused or failed, with a message meant for the operator. */
    public static final class BackupException extends Exception {
        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes a backup of the whole database to {@code file} (written beside it first, then moved into
     * place, so a failed backup never leaves a half-written file under the requested name).
     */
    public Summary backup(Path file) throws BackupException {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Files.createDirectories(target.getParent());
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                try {
                    List<String> tables = tablesInDependencyOrder(c);
                    Map<String, List<String>> columns = new LinkedHashMap<>();
                    for (String table : tables) {
                        columns.put(table, copyableColumns(c, table));
                    }
                    List<String> changesets = changesets(c);
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                        // table data first into the ZIP, manifest (with row counts) last but read first on restore
                        for (String table : tables) {
                            zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                            // rows in key order, not in the order they were written: survey participants and
                            // responses have random keys, so the file does not tell who started answering when
                            List<String> key = primaryKey(c, table);
                            long n = copy.copyOut("COPY (SELECT " + String.join(", ", quoted(columns.get(table)))
                                    + " FROM " + quote(table) + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", quoted(key)))
                                    + ") TO STDOUT", new KeepOpen(zip));
                            zip.closeEntry();
                            rows.put(table, n);
                        }
                        zip.putNextEntry(new ZipEntry(MANIFEST));
                        zip.write(manifest(tables, columns, rows, changesets, clock.instant()).getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                } finally {
                    c.rollback();
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(rows, Files.size(target));
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new BackupException("The backup failed while reading the database: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores {@code file} into this database, which must hold no Lantern data yet (a new, empty
     * database: Liquibase creates the tables at start). Everything or nothing is restored.
     */
    public Summary restore(Path file) throws BackupException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("There is no backup file at " + source + ".");
        }
        Properties manifest = readManifest(source);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                checkSchema(c, manifest);
                List<String> tables = tablesInDependencyOrder(c);
                checkEmpty(c, tables);
                List<String> backedUp = List.of(manifest.getProperty("tables", "").split(","));
                for (String table : backedUp) {
                    if (!table.isEmpty() && !tables.contains(table)) {
                        throw new BackupException("The backup has a table '" + table
                                + "' that this version of Lantern does not know; restore it with the version that made it.");
                    }
                }
                // answers that were part of a released report are frozen by triggers; a restore writes them
                // back exactly as they were, so it tells those triggers so (for this transaction only)
                try (var restoring = c.createStatement()) {
                    restoring.execute("SELECT set_config('lantern.restoring', 'on', true)");
                }
                // tables were written parents first, so they are restored in file order, streamed
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        String name = entry.getName();
                        if (!name.startsWith("tables/") || !name.endsWith(".copy")) {
                            continue;
                        }
                        String table = name.substring("tables/".length(), name.length() - ".copy".length());
                        if (!backedUp.contains(table)) {
                            throw new BackupException("The backup file is damaged: it has data for '" + table
                                    + "' that its manifest does not list.");
                        }
                        String columns = manifest.getProperty("table." + table + ".columns", "");
                        long n = copy.copyIn("COPY " + quote(table) + " (" + String.join(", ", quoted(List.of(columns.split(","))))
                                + ") FROM STDIN", new NoClose(zip));
                        long expected = Long.parseLong(manifest.getProperty("table." + table + ".rows", "-1"));
                        if (n != expected) {
                            throw new BackupException("The backup file is damaged: table '" + table + "' has " + n
                                    + " rows but the manifest says " + expected + ".");
                        }
                        rows.put(table, n);
                    }
                }
                for (String table : backedUp) {
                    if (!table.isEmpty() && !rows.containsKey(table)) {
                        throw new BackupException("The backup file is incomplete: table '" + table + "' is missing.");
                    }
                }
                resetIdentitySequences(c, tables);
                c.commit();
                return new Summary(rows, Files.size(source));
            } catch (BackupException | SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException("The restore failed and nothing was restored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("The backup file " + source + " could not be read (nothing was restored): "
                    + e.getMessage(), e);
        }
    }

    private static Properties readManifest(Path source) throws BackupException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    if (!FORMAT.equals(p.getProperty("format"))) {
                        throw new BackupException("This file is not a Lantern backup this version can read (format '"
                                + p.getProperty("format") + "', expected '" + FORMAT + "').");
                    }
                    return p;
                }
            }
        } catch (IOException e) {
            throw new BackupException(source + " is not a readable Lantern backup: " + e.getMessage(), e);
        }
        throw new BackupException(source + " is not a Lantern backup (it has no " + MANIFEST + ").");
    }

    private static void checkSchema(Connection c, Properties manifest) throws SQLException, BackupException {
        Set<String> here = new LinkedHashSet<>(changesets(c));
        List<String> newer = new ArrayList<>();
        for (String id : manifest.getProperty("changesets", "").split(",")) {
            if (!id.isEmpty() && !here.contains(id)) {
                newer.add(id);
            }
        }
        if (!newer.isEmpty()) {
            throw new BackupException("This backup was made by a newer version of Lantern (its database has changes "
                    + newer + " that this version does not). Restore it with that version or a later one.");
        }
    }

    private static void checkEmpty(Connection c, List<String> tables) throws SQLException, BackupException {
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

    private static String manifest(List<String> tables, Map<String, List<String>> columns, Map<String, Long> rows,
                                   List<String> changesets, Instant created) throws IOException {
        Properties p = new Properties() {
            // keep keys in insertion order so the manifest reads top to bottom
            private final Set<Object> order = new LinkedHashSet<>();

            @Override
            public synchronized Object put(Object key, Object value) {
                order.add(key);
                return super.put(key, value);
            }

            @Override
            public Set<Map.Entry<Object, Object>> entrySet() {
                Set<Map.Entry<Object, Object>> ordered = new LinkedHashSet<>();
                for (Object key : order) {
                    ordered.add(Map.entry(key, get(key)));
                }
                return ordered;
            }
        };
        p.put("format", FORMAT);
        p.put("created", created.toString());
        p.put("changesets", String.join(",", changesets));
        p.put("tables", String.join(",", tables));
        for (String table : tables) {
            p.put("table." + table + ".columns", String.join(",", columns.get(table)));
            p.put("table." + table + ".rows", Long.toString(rows.get(table)));
        }
        StringWriter out = new StringWriter();
        p.store(out, "Lantern database backup; restore with --lantern.restore=<this file>");
        return out.toString();
    }

    private static List<String> changesets(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Tables of the public schema (without Liquibase's own), each after the tables it references. */
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
                     WHERE fk.contype = 'f' AND n.nspname = 'public'""")) {
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
    private static List<String> primaryKey(Connection c, String table) throws SQLException {
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
    private static List<String> copyableColumns(Connection c, String table) throws SQLException {
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

    private static void resetIdentitySequences(Connection c, List<String> tables) throws SQLException {
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

    private static List<String> quoted(List<String> names) {
        return names.stream().map(DatabaseBackup::quote).toList();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }

    /** Lets the COPY stream write into a ZIP entry without closing the ZIP. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Lets COPY read one ZIP entry without closing the ZIP. */
    private static final class NoClose extends FilterInputStream {
        NoClose(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZIP stream is closed by its owner
        }
    }
}
