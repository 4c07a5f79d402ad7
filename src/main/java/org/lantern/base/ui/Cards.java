package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.function.Function;

/** Lantern's grid of cards, the way every list page shows its modules, stories and surveys. */
public final class Cards {

    private Cards() {
    }

    /** One card per item, in order. */
    public static <T> Div grid(List<T> items, Function<? super T, ? extends Component> card) {
        Div grid = new Div();
        grid.addClassName("lantern-cards");
        items.forEach(item -> grid.add(card.apply(item)));
        return grid;
    }

    /** The grid, or when there are no items the empty text in its place. */
    public static <T> Component gridOrEmpty(List<T> items, Function<? super T, ? extends Component> card, String emptyText) {
        return items.isEmpty() ? Texts.empty(emptyText) : grid(items, card);
    }
}
