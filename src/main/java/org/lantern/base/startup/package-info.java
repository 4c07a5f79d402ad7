/**
 * How long Lantern takes to start, step by step: {@link org.lantern.base.startup.StartupPhases} times the
 * steps (the code that runs them reports in) and prints one line when the app is ready.
 */
@NullMarked
package org.lantern.base.startup;

import org.jspecify.annotations.NullMarked;
