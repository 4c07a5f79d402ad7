/**
 * The journal's views: the person's own journal page, the entry form, and the reflection prompt
 * that lesson and story pages embed.
 */
@NullMarked
package org.lantern.journal.ui;

import org.jspecify.annotations.NullMarked;
