package org.lantern;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every Spring test uses exactly this configuration, so each test JVM (the build runs two side by side)
 * starts one application context and one embedded PostgreSQL in a data folder of its own (fresh for each
 * run; fsync off for speed) with the demo data seeded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lantern.demo=true",
        "lantern.embedded-db.durable=false",
        "lantern.embedded-db.ephemeral=true",
        // what users get: the pre-compiled production bundle, without development tools
        "vaadin.productionMode=true",
        // every test signs in from 127.0.0.1: per-address throttling would let one test's failed
        // sign-ins lock out the rest (it is tested on its own in SignInThrottleTest)
        "lantern.sign-in.max-failures-per-address=100000"
})
public @interface LanternTest {
}
