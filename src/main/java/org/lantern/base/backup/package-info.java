/**
 * Backup and restore of Lantern's database as one portable file, for the embedded and an external
 * PostgreSQL alike ({@code --lantern.backup=<file>}, {@code --lantern.restore=<file>}).
 */
@NullMarked
package org.lantern.base.backup;

import org.jspecify.annotations.NullMarked;
