package org.lantern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole Lantern (web server on a free loopback port, its own data folder) started inside the test
 * JVM, beside the shared test context: for tests about several instances, backups and outages.
 */
public final class LanternInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private LanternInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param dataDir    the instance's data folder (search index; embedded PostgreSQL unless a URL is given)
     * @param properties more settings, e.g. {@code spring.datasource.url=...} or {@code lantern.demo=true}
     */
    public static LanternInstance start(Path dataDir, String... properties) {
        List<String> all = new ArrayList<>(List.of("lantern.data-dir=" + dataDir, "server.port=0",
                "server.address=127.0.0.1", "vaadin.productionMode=true", "lantern.embedded-db.durable=false",
                "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        // as command-line arguments, so they win over the test JVM's system properties (lantern.data-dir)
        return new LanternInstance(new SpringApplicationBuilder(LanternApplication.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
