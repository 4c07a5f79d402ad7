/**
 * The story search index (Lucene): analysis with stemming and domain synonyms, one mapper between
 * stories and documents, and the index itself ({@link org.lantern.stories.search.StoryIndex}: writer,
 * searchers and its folder) with one class per job: query building, spelling correction, facets,
 * highlighting, suggestions and related stories. Derived from the database; rebuildable at any time.
 * The only package that uses Lucene: everything else sees records and {@link org.lantern.stories.search.StoryCursor}.
 */
@NullMarked
package org.lantern.stories.search;

import org.jspecify.annotations.NullMarked;
