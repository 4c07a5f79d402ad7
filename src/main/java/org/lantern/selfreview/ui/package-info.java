/** The self-review views: a team's reviews, one review to rate and add evidence to, and team ratings for evaluators. */
@NullMarked
package org.lantern.selfreview.ui;

import org.jspecify.annotations.NullMarked;
