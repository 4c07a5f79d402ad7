package org.lantern.people;

import java.time.OffsetDateTime;

/**
 * An organisation sign-in identity linked to a Lantern account: the identity provider ({@code issuer})
 * and the subject it gives the person. Sign-in through the provider finds the account only by these two.
 *
 * @param label     what the provider called the person when the link was made; shown, never matched
 * @param linkedBy  who made the link: the administrator's user name, or the person's own
 */
public record LinkedIdentity(long id, long accountId, String issuer, String subject, String label, String linkedBy,
                             OffsetDateTime linkedAt) {
}
