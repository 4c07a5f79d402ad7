package org.lantern.base.demo;

/**
 * A feature's demo data, seeded once into an installation running with {@code lantern.demo=true}.
 * Implementations are Spring beans; they run in {@link #order()} inside one transaction each.
 */
public abstract class DemoData {

    private final String feature;
    private final int order;

    /**
     * @param feature stable name recorded when seeded, so a restart never seeds twice
     * @param order   lower runs first: accounts (0) before what people did (10+)
     */
    protected DemoData(String feature, int order) {
        this.feature = feature;
        this.order = order;
    }

    public String feature() {
        return feature;
    }

    public int order() {
        return order;
    }

    public abstract void seed();
}
