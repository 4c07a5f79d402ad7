/**
 * The app shell: main layout and navigation (features contribute {@link org.lantern.base.ui.MenuGroup}s),
 * the home page (features contribute {@link org.lantern.base.ui.HomeWidget}s), error pages and small shared components.
 */
@NullMarked
package org.lantern.base.ui;

import org.jspecify.annotations.NullMarked;
