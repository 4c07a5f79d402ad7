/**
 * The JSON API's shared error answers (one error shape, and the exception features throw to give it), and
 * its OpenAPI description at {@code /api/openapi.json}, generated from the features' controllers.
 */
@NullMarked
package org.lantern.base.api;

import org.jspecify.annotations.NullMarked;
