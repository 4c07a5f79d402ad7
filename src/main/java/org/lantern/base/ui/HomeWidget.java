package org.lantern.base.ui;

import org.lantern.base.security.Account;

/**
 * A feature's contribution to a home-page area card (e.g. "continue your module", "survey open").
 * Features provide these as Spring beans; when no widget fills its part, the area shows its empty-state text.
 */
public interface HomeWidget {

    /** The key of the area card in content/home/areas.yaml, e.g. {@code learn}. */
    String area();

    /** Fills this feature's part of the card for the signed-in person, or leaves it empty. */
    void fill(HomeCard card, Account account);
}
