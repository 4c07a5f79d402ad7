package org.lantern.load;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one {@link StaffJourney} per account at the same time (a virtual thread each), starting
 * them evenly over the ramp-up time, against a Lantern at {@code base} (loopback).
 */
final class LoadRun {

    /**
     * What a run measured. {@code seconds} is from the first start to the last finish; {@code byInstance}
     * holds each journey's figures under the value of the balancer's sticky cookie (empty without one).
     */
    record Result(LoadFigures figures, Map<String, LoadFigures> byInstance, int journeys, int completed, double seconds) {

        double throughput() {
            return figures.requests() / seconds;
        }
    }

    private LoadRun() {
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    static Result run(HttpClient http, URI base, LoadTestSetup.Plan plan, Duration rampUp, int thinkMillis, long seed)
            throws InterruptedException {
        return run(http, base, plan, rampUp, StaffJourney.Pace.around(thinkMillis), seed, null);
    }

    /**
     * @param stickyCookie the load balancer's cookie naming the instance a person was sent to, or null
     */
    static Result run(HttpClient http, URI base, LoadTestSetup.Plan plan, Duration rampUp, StaffJourney.Pace pace,
                      long seed, @Nullable String stickyCookie) throws InterruptedException {
        LoadFigures figures = new LoadFigures();
        Map<String, LoadFigures> byInstance = new ConcurrentSkipListMap<>();
        List<String> users = plan.usernames();
        AtomicInteger completed = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                long startAfterNanos = users.size() <= 1 ? 0 : rampUp.toNanos() * i / (users.size() - 1);
                String username = users.get(i);
                long journeySeed = seed + i;
                running.add(threads.submit(() -> {
                    sleepUntil(started + startAfterNanos);
                    LoadFigures own = new LoadFigures();
                    VaadinUiClient client = new VaadinUiClient(http, base, own);
                    StaffJourney journey = new StaffJourney(client, plan, username, pace, journeySeed);
                    try {
                        journey.run();
                        completed.incrementAndGet();
                    } catch (VaadinUiClient.JourneyException | tools.jackson.core.JacksonException e) {
                        own.error(journey.step(), e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        figures.addAll(own);
                        String instance = stickyCookie == null ? null : client.cookie(stickyCookie);
                        if (stickyCookie != null) {
                            byInstance.computeIfAbsent(instance == null ? "(none)" : instance, k -> new LoadFigures()).addAll(own);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    figures.error("unexpected", String.valueOf(e.getCause()));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(figures, byInstance, users.size(), completed.get(), seconds);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
