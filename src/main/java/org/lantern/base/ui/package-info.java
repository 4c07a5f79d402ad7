/**
 * The app shell: main layout and navigation (features contribute {@link org.lantern.base.ui.MenuGroup}s),
 * the home page (features contribute {@link org.lantern.base.ui.HomeWidget}s that fill a {@link org.lantern.base.ui.HomeCard}),
 * error pages and small shared components ({@link org.lantern.base.ui.Texts}, {@link org.lantern.base.ui.Cards},
 * {@link org.lantern.base.ui.RouteId}).
 */
@NullMarked
package org.lantern.base.ui;

import org.jspecify.annotations.NullMarked;
