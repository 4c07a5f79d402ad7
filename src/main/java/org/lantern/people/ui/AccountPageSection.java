package org.lantern.people.ui;

import com.vaadin.flow.component.Component;
import org.lantern.base.security.Account;

/**
 * A section another feature adds to the bottom of the signed-in person's account page (e.g. downloading
 * their data), provided as a Spring bean, so people need not know those features.
 */
public interface AccountPageSection {

    Component create(Account account);
}
