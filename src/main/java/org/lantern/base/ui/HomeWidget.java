package org.lantern.base.ui;

import org.lantern.base.security.Account;

import java.util.function.BiConsumer;

/**
 * A feature's contribution to a home-page area card (e.g. "continue your module", "survey open").
 * Features provide these as Spring beans, most as {@code @Bean} methods returning {@link #of}, the way they
 * contribute {@link MenuGroup}s; when no widget fills its part, the area shows its empty-state text.
 */
public interface HomeWidget {

    /** The key of the area card in content/home/areas.yaml, e.g. {@code learn}. */
    String area();

    /** Fills this feature's part of the card for the signed-in person, or leaves it empty. */
    void fill(HomeCard card, Account account);

    /** A widget for the area whose part {@code fill} fills, e.g. {@code of("learn", (card, account) -> card.text(...))}. */
    static HomeWidget of(String area, BiConsumer<HomeCard, Account> fill) {
        return new HomeWidget() {
            @Override
            public String area() {
                return area;
            }

            @Override
            public void fill(HomeCard card, Account account) {
                fill.accept(card, account);
            }
        };
    }
}
