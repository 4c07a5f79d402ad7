/**
 * Practice tools: structured checklists (safety plan, risk decision, strengths) that staff fill in
 * to practise and reflect, defined in {@code content/tools/*.yaml}. Saved copies are private to the
 * person who wrote them, exactly like the journal. {@link org.lantern.training.tools.ToolService}
 * is the door for other features.
 */
@NullMarked
package org.lantern.training.tools;

import org.jspecify.annotations.NullMarked;
