package org.lantern.notifications;

/** Where a notification's e-mail stands ({@code notification.mail}). */
enum MailDelivery {
    /** to be sent at its due time */
    PENDING,
    /** waits for the person's daily digest */
    DIGEST,
    SENT,
    /** given up after the last retry */
    FAILED,
    /** in-app only: no address, e-mail off for the kind, or no mail server configured */
    NOT_SENT,
    /** no longer true when its turn came (a reminder to someone who has since submitted) */
    WITHDRAWN
}
