package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import org.lantern.base.security.Account;

import java.util.Optional;

/**
 * A feature's contribution to a home-page area card (e.g. "continue your module", "survey open").
 * Features provide these as Spring beans; an empty result leaves the area's empty-state text.
 */
public interface HomeWidget {

    /** The key of the area card in content/home/areas.yaml, e.g. {@code learn}. */
    String area();

    Optional<Component> create(Account account);
}
