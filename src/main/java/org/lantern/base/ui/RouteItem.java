package org.lantern.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a page's address names by a key or slug, such as the module of {@code learn/safeguarding}; an
 * address that names nothing the person may see shows "Page not found". For numeric ids see {@link RouteId}.
 */
public final class RouteItem {

    private RouteItem() {
    }

    /**
     * The item that {@code lookup} finds for the route parameter {@code name} (empty text when the
     * address has none); when it finds nothing, the navigation is sent to "Page not found" and the
     * result is empty.
     */
    public static <T> Optional<T> find(BeforeEnterEvent event, String name, Function<String, Optional<T>> lookup) {
        Optional<T> item = lookup.apply(event.getRouteParameters().get(name).orElse(""));
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return item;
    }
}
