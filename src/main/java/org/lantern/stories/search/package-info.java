/**
 * The story search index (Lucene): analysis with stemming and domain synonyms, one mapper between
 * stories and documents, and the index itself with search, facets, highlighting, spelling
 * correction, suggestions and related stories. Derived from the database; rebuildable at any time.
 */
@NullMarked
package org.lantern.stories.search;

import org.jspecify.annotations.NullMarked;
