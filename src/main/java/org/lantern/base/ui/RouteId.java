package org.lantern.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The number in a page's address, such as the 42 of {@code sessions/42}. Only digits make an id:
 * {@code Long.parseLong} would also take {@code +42}, giving one page two addresses.
 */
public final class RouteId {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private RouteId() {
    }

    /** The id in the route parameter {@code name}; an address without one shows "Page not found". */
    public static long require(BeforeEnterEvent event, String name) {
        return parse(event.getRouteParameters().get(name).orElse("")).orElseThrow(NotFoundException::new);
    }

    static OptionalLong parse(String text) {
        return DIGITS.matcher(text).matches() ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }
}
