package org.lantern.reflection;

/** Whether a session is still planned or was cancelled. Stored as text in {@code reflective_session.status}. */
enum SessionStatus {
    PLANNED("planned"), CANCELLED("cancelled");

    private final String key;

    SessionStatus(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static SessionStatus fromKey(String key) {
        for (SessionStatus s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown session status " + key);
    }
}
