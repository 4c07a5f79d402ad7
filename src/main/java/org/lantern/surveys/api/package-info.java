/**
 * The programmes' JSON API for evaluators ({@code /api/programmes}): create, list, import CSV and
 * archive, through the surveys services, with the access rule it contributes to the API's security.
 */
@NullMarked
package org.lantern.surveys.api;

import org.jspecify.annotations.NullMarked;
