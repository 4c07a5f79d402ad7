/**
 * The database underneath everything: the embedded PostgreSQL (or an external one), its roles,
 * the schema owner that runs Liquibase, and what happens while it is unavailable.
 */
@NullMarked
package org.lantern.base.database;

import org.jspecify.annotations.NullMarked;
