/**
 * Statistical disclosure control for evaluation releases: which figures can be shown so that no
 * combination of them, across every table and every release, reveals one person's answers.
 * Plain logic over people, populations and answer classes; it knows nothing about surveys or the
 * database. {@link org.lantern.reports.disclosure.DisclosureControl} is the door.
 */
@NullMarked
package org.lantern.reports.disclosure;

import org.jspecify.annotations.NullMarked;
