/**
 * What every feature shares: the app shell and navigation, security rules, the embedded
 * database, the content pipeline, the JSON API's error handling and demo-data seeding.
 */
@NullMarked
package org.lantern.base;

import org.jspecify.annotations.NullMarked;
