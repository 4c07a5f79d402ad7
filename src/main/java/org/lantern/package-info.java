/**
 * Lantern: staff learning in mental-health and social care. One package per feature (training, stories,
 * surveys, reports, reflection, selfreview, people, audit) above {@code base}, the shared bottom layer that
 * imports no feature; {@code ArchitectureTest} checks the rules between them.
 */
@NullMarked
package org.lantern;

import org.jspecify.annotations.NullMarked;
