package org.lantern.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Lantern's own settings (prefix {@code lantern}).
 *
 * @param dataDir    folder for the embedded PostgreSQL data and the search index (env LANTERN_DATA_DIR)
 * @param contentDir folder of authored content to use instead of the packaged copy (env LANTERN_CONTENT_DIR)
 * @param demo       seed demo accounts and data, and show a "demo data" banner (env LANTERN_DEMO)
 * @param embeddedDb settings of the embedded PostgreSQL
 */
@ConfigurationProperties("lantern")
public record LanternProperties(
        @DefaultValue("./data") Path dataDir,
        Path contentDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param durable   fsync and synchronous commit on (users' data); tests turn it off for speed
     * @param ephemeral start from an empty database every time and delete it on stop (tests only)
     */
    public record EmbeddedDb(@DefaultValue("true") boolean durable, @DefaultValue("false") boolean ephemeral) {
    }
}
