/**
 * The team recovery self-review: a team rates itself against ten recovery indicators from
 * {@code content/self-review/}, with evidence from six sources; the manager finalises it and the
 * areas to develop become actions in the team's log. Evaluators see team ratings only.
 * {@link org.lantern.selfreview.SelfReviewService} is the door for other features.
 */
@NullMarked
package org.lantern.selfreview;

import org.jspecify.annotations.NullMarked;
