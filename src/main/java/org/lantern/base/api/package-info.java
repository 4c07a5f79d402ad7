/**
 * The JSON API's shared error answers: one error shape, and the exception features throw to give it.
 */
@NullMarked
package org.lantern.base.api;

import org.jspecify.annotations.NullMarked;
