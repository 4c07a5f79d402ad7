/**
 * People's data rights as ports that every feature holding personal data implements: its part of
 * "Download my data" and of an account's erasure ({@link org.lantern.base.privacy.PersonalDataHolder}),
 * and the retention of drafts nobody submitted ({@link org.lantern.base.privacy.DraftRetention}).
 * Each feature reads and erases only its own tables; the data-rights service in {@code audit} puts the
 * parts together, so a new table holding personal data needs a change in its own feature only.
 */
@NullMarked
package org.lantern.base.privacy;

import org.jspecify.annotations.NullMarked;
