package org.lantern.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Looks once a second, during a run, at the database connections in use: each instance's pool
 * (Hikari's MXBean: active, open and requests waiting for one) and PostgreSQL's own view ({@code pg_stat_activity}).
 */
final class ConnectionSampler implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final List<LanternProcess> lanterns;
    private final int[] peakActive;
    private final long[] sumActive;
    private final int[] peakOpen;
    private final int[] peakWaiting;
    private final int[] secondsWaiting;
    private int peakServer;
    private int peakServerActive;
    private int maxConnections;
    private int samples;
    private volatile boolean running = true;
    private Thread thread;

    private ConnectionSampler(EmbeddedPostgres postgres, List<LanternProcess> lanterns) {
        this.postgres = postgres;
        this.lanterns = lanterns;
        this.peakActive = new int[lanterns.size()];
        this.sumActive = new long[lanterns.size()];
        this.peakOpen = new int[lanterns.size()];
        this.peakWaiting = new int[lanterns.size()];
        this.secondsWaiting = new int[lanterns.size()];
    }

    static ConnectionSampler start(EmbeddedPostgres postgres, List<LanternProcess> lanterns) {
        ConnectionSampler sampler = new ConnectionSampler(postgres, lanterns);
        sampler.thread = Thread.ofPlatform().daemon().name("connection-sampler").start(sampler::sample);
        return sampler;
    }

    private void sample() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW max_connections")) {
                r.next();
                maxConnections = Integer.parseInt(r.getString(1));
            }
            while (running) {
                synchronized (this) {
                    for (int i = 0; i < lanterns.size(); i++) {
                        int[] pool = lanterns.get(i).connections();
                        peakActive[i] = Math.max(peakActive[i], pool[0]);
                        sumActive[i] += pool[0];
                        peakOpen[i] = Math.max(peakOpen[i], pool[1]);
                        peakWaiting[i] = Math.max(peakWaiting[i], pool[2]);
                        secondsWaiting[i] += pool[2] > 0 ? 1 : 0;
                    }
                    try (ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE state = 'active') - 1 "
                            + "FROM pg_stat_activity WHERE backend_type = 'client backend'")) {
                        r.next();
                        // less this sampler's own connection
                        peakServer = Math.max(peakServer, r.getInt(1) - 1);
                        peakServerActive = Math.max(peakServerActive, r.getInt(2));
                    }
                    samples++;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("  (connection sampling stopped: " + e + ")");
        }
    }

    synchronized int peakActive(int instance) {
        return peakActive[instance];
    }

    synchronized double meanActive(int instance) {
        return samples == 0 ? 0 : (double) sumActive[instance] / samples;
    }

    synchronized int peakOpen(int instance) {
        return peakOpen[instance];
    }

    /** {most requests seen waiting for a connection of the pool at once, samples (seconds) in which one waited}. */
    synchronized int[] waiting(int instance) {
        return new int[] {peakWaiting[instance], secondsWaiting[instance]};
    }

    /** {peak connections, peak of those running a query, max_connections} as PostgreSQL counts them. */
    synchronized int[] server() {
        return new int[] {peakServer, peakServerActive, maxConnections};
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join();
        }
    }
}
