package org.lantern.base.backup;

import org.lantern.base.backup.DatabaseBackup.BackupException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The {@code manifest.properties} entry of a backup: format version, time, the Liquibase changesets the
 * schema had, and each table's columns and row count. A restore reads it first and refuses a backup of a
 * format it does not know or from a newer schema.
 */
final class BackupManifest {

    static final String FILE = "manifest.properties";

    private BackupManifest() {
    }

    static Properties read(Path source) throws BackupException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(FILE)) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    if (!DatabaseBackup.FORMAT.equals(p.getProperty("format"))) {
                        throw new BackupException("This file is not a Lantern backup this version can read (format '"
                                + p.getProperty("format") + "', expected '" + DatabaseBackup.FORMAT + "').");
                    }
                    return p;
                }
            }
        } catch (IOException e) {
            throw new BackupException(source + " is not a readable Lantern backup: " + e.getMessage(), e);
        }
        throw new BackupException(source + " is not a Lantern backup (it has no " + FILE + ").");
    }

    static void checkSchema(Connection c, Properties manifest) throws SQLException, BackupException {
        Set<String> here = new LinkedHashSet<>(PublicSchema.changesets(c));
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

    /** The manifest of a backup with these tables, their columns and row counts, made at this schema. */
    static String write(List<String> tables, Map<String, List<String>> columns, Map<String, Long> rows,
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
        p.put("format", DatabaseBackup.FORMAT);
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
}
