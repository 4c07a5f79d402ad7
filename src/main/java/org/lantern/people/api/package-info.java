/**
 * The JSON API of the people feature: who the caller is ({@code /api/me}) and its access rules.
 */
@NullMarked
package org.lantern.people.api;

import org.jspecify.annotations.NullMarked;
