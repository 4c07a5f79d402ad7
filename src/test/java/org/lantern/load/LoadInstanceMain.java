package org.lantern.load;

import org.lantern.LanternApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * One Lantern instance of the launch-morning benchmark, in its own JVM: starts Lantern with the
 * given command-line settings and, when {@code load.plan-file} names a file, prepares the warm-up and
 * measured staff through the service layer and writes both plans there (JSON) once they exist. Its
 * requests are timed inside it as well ({@link ServerTimes}).
 */
public final class LoadInstanceMain {

    private LoadInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LanternApplication.class)
                .initializers(ServerTimes.installer()).run(args);
        String planFile = System.getProperty("load.plan-file");
        if (planFile != null) {
            LoadTestSetup.Plan warmUp = LoadTestSetup.prepare(context, "load.warmup.", Integer.getInteger("load.warm-up-users", 10));
            LoadTestSetup.Plan staff = LoadTestSetup.prepare(context, "load.staff.", Integer.getInteger("load.users", 1000));
            Path target = Path.of(planFile);
            Path written = Files.writeString(Files.createTempFile(target.getParent(), "plan", ".json"),
                    VaadinUiClient.JSON.writeValueAsString(Map.of("warmUp", warmUp, "staff", staff)));
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
