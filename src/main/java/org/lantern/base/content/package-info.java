/**
 * The content pipeline: authored files (modules, stories, surveys, tools...) read from the packaged
 * copy or the content folder, validated with file and line for editors, and loaded by each feature's
 * {@link org.lantern.base.content.ContentCatalogue}; {@link org.lantern.base.content.LastValidContent}
 * keeps the last valid version of a file when a reload cannot read it.
 */
@NullMarked
package org.lantern.base.content;

import org.jspecify.annotations.NullMarked;
