package org.lantern.load;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Lantern instance in its own JVM on a loopback port (the test classpath, {@link LoadInstanceMain}),
 * watched over JMX through the JDK's attach mechanism: its heap after full collections, the Vaadin
 * (HTTP) sessions Tomcat holds, the requests it has served, its own CPU time and its connection pool.
 */
final class LanternProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private JMXConnector connector;
    private MBeanServerConnection beans;

    private LanternProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts an instance and waits until {@code /actuator/health} answers (and the plan file exists, when one is asked for).
     *
     * @param jvmOptions e.g. {@code -Xmx1536m}, {@code -Dload.plan-file=...}
     * @param settings   Lantern's settings without the leading {@code --}
     */
    static LanternProcess start(String name, Path log, List<String> jvmOptions, List<String> settings, Path planFile)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadInstanceMain.class.getName(),
                "--server.port=" + port));
        settings.forEach(s -> command.add("--" + s));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LanternProcess lantern = new LanternProcess(name, port, process);
        lantern.awaitHealthy(planFile);
        lantern.attach();
        return lantern;
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    int port() {
        return port;
    }

    /** Used heap after full collections in that JVM, so only live objects count. */
    long usedHeapAfterGc() throws Exception {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    long maxHeap() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class)
                .getHeapMemoryUsage().getMax();
    }

    /** CPU time this JVM has used so far (Lantern alone: the simulated browsers run elsewhere). */
    long cpuNanos() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(beans, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** HTTP sessions Tomcat holds now. */
    long activeSessions() throws Exception {
        return sum("*:type=Manager,*", "activeSessions");
    }

    /** Requests Tomcat has served so far. */
    long requests() throws Exception {
        return sum("*:type=GlobalRequestProcessor,*", "requestCount");
    }

    /**
     * Connections of the pool: {active, total, requests waiting for one}; needs
     * {@code spring.datasource.hikari.register-mbeans=true}.
     */
    int[] connections() throws Exception {
        Set<ObjectName> pools = beans.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null);
        int active = 0;
        int total = 0;
        int waiting = 0;
        for (ObjectName pool : pools) {
            active += ((Number) beans.getAttribute(pool, "ActiveConnections")).intValue();
            total += ((Number) beans.getAttribute(pool, "TotalConnections")).intValue();
            waiting += ((Number) beans.getAttribute(pool, "ThreadsAwaitingConnection")).intValue();
        }
        return new int[] {active, total, waiting};
    }

    /** What {@link ServerTimes} timed in that JVM so far: one line per request (step, start in epoch ms, nanoseconds). */
    List<String> serverTimes() throws Exception {
        String text = (String) beans.invoke(new ObjectName(ServerTimes.OBJECT_NAME), "samples", new Object[0], new String[0]);
        return text.lines().toList();
    }

    /** The class histogram of live objects ({@code jcmd GC.class_histogram}), as text. */
    String classHistogram() throws Exception {
        return (String) beans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** Starts a Java Flight Recorder recording (the JDK's {@code profile} settings) in that JVM ({@code jcmd JFR.start}). */
    void startRecording() throws Exception {
        diagnosticCommand("jfrStart", "name=launch-morning", "settings=profile");
    }

    /** Stops the recording {@link #startRecording()} began and writes it to {@code file} ({@code jcmd JFR.stop}). */
    void stopRecording(Path file) throws Exception {
        diagnosticCommand("jfrStop", "name=launch-morning", "filename=" + file.toAbsolutePath());
    }

    private void diagnosticCommand(String operation, String... arguments) throws Exception {
        beans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[] {arguments},
                new String[] {String[].class.getName()});
    }

    private long sum(String pattern, String attribute) throws Exception {
        long total = 0;
        for (ObjectName bean : beans.queryNames(new ObjectName(pattern), null)) {
            total += ((Number) beans.getAttribute(bean, attribute)).longValue();
        }
        return total;
    }

    private void awaitHealthy(Path planFile) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "): see its log");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(base().resolve("actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200 && (planFile == null || planFile.toFile().exists())) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy within 5 minutes");
    }

    private void attach() throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            beans = connector.getMBeanServerConnection();
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("cannot watch " + name + ": " + e.getMessage(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        if (connector != null) {
            connector.close();
        }
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
