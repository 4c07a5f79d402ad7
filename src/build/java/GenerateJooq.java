import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by exec-maven-plugin in generate-sources): migrates a throwaway embedded
 * PostgreSQL with the Liquibase changelogs in db/ and generates jOOQ classes from the real
 * schema. Skips the work when neither the changelogs nor this file changed since the last run.
 *
 * Arguments: the db/ folder and the output folder.
 */
public class GenerateJooq {

    public static void main(String[] args) throws Exception {
        Path dbDir = Path.of(args[0]).toAbsolutePath();
        Path outDir = Path.of(args[1]).toAbsolutePath();
        Path stamp = outDir.resolve(".schema-hash");
        String hash = hashOf(dbDir);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq] generated classes are up to date with db/");
            return;
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("lantern-codegen");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true)
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                try (Liquibase liquibase = new Liquibase("db/changelog.yaml",
                        new DirectoryResourceAccessor(dbDir.getParent()), database)) {
                    liquibase.update("");
                }
            }
            deleteRecursively(outDir);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(pg.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new org.jooq.meta.jaxb.Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("databasechangelog|databasechangeloglock|schema_mark"))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withDeprecated(false)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName("org.lantern.db")
                                    .withDirectory(outDir.toString()))));
        } finally {
            deleteRecursively(work);
        }
        Files.createDirectories(outDir);
        Files.writeString(stamp, hash);
        System.out.printf("[jooq] generated classes from db/ in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String hashOf(Path dbDir) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dbDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(dbDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        Path self = Path.of("src/build/java/GenerateJooq.java");
        if (Files.exists(self)) {
            digest.update(Files.readAllBytes(self));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
