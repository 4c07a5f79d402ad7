/**
 * The content pipeline: reading content files (modules, stories, surveys, texts) from the content folder,
 * parsing their YAML and Markdown, reporting problems, and reloading every catalogue.
 */
@NullMarked
package org.lantern.base.content;

import org.jspecify.annotations.NullMarked;
