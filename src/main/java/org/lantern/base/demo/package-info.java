/**
 * Demo data: features contribute their made-up records; the seeder loads them once into an empty demo database.
 */
@NullMarked
package org.lantern.base.demo;

import org.jspecify.annotations.NullMarked;
