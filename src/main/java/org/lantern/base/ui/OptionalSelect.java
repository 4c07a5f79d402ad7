package org.lantern.base.ui;

import com.vaadin.flow.component.select.Select;

import java.util.function.Function;

/** A select that may be left empty, e.g. "Any event" in a filter or "Choose a theme" in a form. */
public final class OptionalSelect {

    private OptionalSelect() {
    }

    /**
     * Lets {@code select} be left empty, reading {@code emptyCaption} then, and shows each item as
     * {@code label} gives it (the select asks for the empty item's label too, so it is answered here).
     */
    public static <T> void allowEmpty(Select<T> select, String emptyCaption, Function<T, String> label) {
        select.setItemLabelGenerator(item -> item == null ? emptyCaption : label.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyCaption);
    }
}
