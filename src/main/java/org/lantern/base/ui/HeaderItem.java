package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import org.lantern.base.security.Account;

/**
 * Something a feature shows in the app's header beside the signed-in person's name (e.g. the
 * notification bell), provided as a Spring bean from the feature's {@code ui} package, so the layout
 * need not know the feature.
 */
public interface HeaderItem {

    /** The component for this person, made fresh for each page layout. */
    Component create(Account account);
}
