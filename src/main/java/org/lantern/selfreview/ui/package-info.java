/**
 * Pages of team self-review: a team's reviews, one review with its evidence, and ratings over time.
 */
@NullMarked
package org.lantern.selfreview.ui;

import org.jspecify.annotations.NullMarked;
