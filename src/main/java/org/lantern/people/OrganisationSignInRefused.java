package org.lantern.people;

/**
 * Published when an organisation sign-in (OpenID Connect) is refused. The audit trail records it as a
 * failed sign-in.
 *
 * @param username the account the identity is linked to, or {@code (organisation sign-in)} when none
 * @param detail   why it was refused
 */
public record OrganisationSignInRefused(String username, String detail) {
}
