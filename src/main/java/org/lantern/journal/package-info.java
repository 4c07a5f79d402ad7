/**
 * The private reflective journal: what a staff member writes for themselves after a lesson, a
 * practice story or a reflective session, or at any time. Entries are readable by their owner
 * only; no role, view or endpoint shows them to anyone else. {@link
 * org.lantern.journal.JournalService} is the door for other features, and {@link
 * org.lantern.journal.ui.ReflectionPrompt} lets lesson and session pages embed a prompt. The
 * journal knows nothing of lessons, stories or sessions beyond the {@link org.lantern.journal.JournalSource} they pass.
 * A reflective account ({@code org.lantern.revalidation}) is saved as an entry of its own, marked by
 * {@link org.lantern.journal.JournalEntry#REFLECTIVE_ACCOUNT}.
 */
@NullMarked
package org.lantern.journal;

import org.jspecify.annotations.NullMarked;
