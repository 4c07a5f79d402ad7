package org.lantern.base.demo;

/**
 * A feature's demo data, seeded once into an installation running with {@code lantern.demo=true}.
 * Implementations are marked {@link DemoFeature} (its name and order); each runs in one transaction.
 */
public interface DemoData {

    void seed();

    /** The {@link DemoFeature} of {@code data}. */
    static DemoFeature featureOf(DemoData data) {
        DemoFeature feature = org.springframework.core.annotation.AnnotationUtils.findAnnotation(data.getClass(), DemoFeature.class);
        if (feature == null) {
            throw new IllegalStateException(data.getClass().getName() + " is not marked @DemoFeature");
        }
        return feature;
    }
}
