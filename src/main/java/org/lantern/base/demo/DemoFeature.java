package org.lantern.base.demo;

import org.springframework.stereotype.Component;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feature's {@link DemoData} and makes it a Spring bean. The name is recorded once the
 * feature is seeded (so keep it stable); lower orders seed first (people before everything else).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface DemoFeature {

    /** The feature's name, e.g. {@code stories}: stored in {@code demo_seed}. */
    String value();

    /** When it seeds, relative to the other features (0 first). */
    int order();
}
