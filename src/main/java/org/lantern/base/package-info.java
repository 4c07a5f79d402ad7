/**
 * What every feature shares: the app shell and navigation, security rules, the embedded
 * database, the content pipeline, the JSON API's error handling and demo-data seeding, and
 * {@link org.lantern.base.Keyed}, the one way an enum is known by a text key (stored, in content files, in URLs).
 */
@NullMarked
package org.lantern.base;

import org.jspecify.annotations.NullMarked;
