/**
 * Training modules: lessons authored as Markdown in {@code content/modules/}, knowledge checks,
 * each person's progress, completion certificates and team progress for managers.
 * {@link org.lantern.training.TrainingService} is the door for other features.
 */
@NullMarked
package org.lantern.training;

import org.jspecify.annotations.NullMarked;
