/**
 * The JSON API of the people feature: who the caller is ({@code /api/me}), importing
 * people from an HR export ({@code /api/people/import}) and their access rules.
 */
@NullMarked
package org.lantern.people.api;

import org.jspecify.annotations.NullMarked;
