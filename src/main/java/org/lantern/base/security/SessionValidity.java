package org.lantern.base.security;

import jakarta.servlet.Filter;

/**
 * Ends signed-in sessions that should end (their account changed, or they are too old), provided as a
 * bean by the feature that owns accounts. Its filter runs in the UI's security chain on every request,
 * before anything is authorised.
 */
public interface SessionValidity {

    Filter filter();
}
