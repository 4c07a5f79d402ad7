package org.lantern.reflection;

/** Whether a session is still planned or was cancelled. Stored as its name in lower case in {@code reflective_session.status}. */
enum SessionStatus {
    PLANNED, CANCELLED
}
