/** The training views: the module list, a module, a lesson with its reflection prompts, the knowledge check and team progress. */
@NullMarked
package org.lantern.training.ui;

import org.jspecify.annotations.NullMarked;
