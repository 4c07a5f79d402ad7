/**
 * The read-only story API ({@code /api/stories}): search the library and read a library story, for
 * any signed-in account. Drafts and stories in review are never listed or revealed.
 */
@NullMarked
package org.lantern.stories.api;

import org.jspecify.annotations.NullMarked;
