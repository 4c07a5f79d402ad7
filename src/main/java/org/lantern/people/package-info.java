/**
 * Accounts, teams, services and roles: who someone is in Lantern and what they may do.
 * {@link org.lantern.people.PeopleService} is the door for other features; organisation sign-in
 * (OpenID Connect) finds accounts only through the identities {@link org.lantern.people.IdentityLinks} keeps;
 * {@link org.lantern.people.PeopleImport} brings accounts in from an HR or rostering system's CSV export,
 * {@link org.lantern.people.SsoProvisioning} from organisation sign-in claims and {@link org.lantern.people.ScimPeople}
 * from an identity platform over SCIM; all three write through the same door ({@code PeopleWriter}).
 */
@NullMarked
package org.lantern.people;

import org.jspecify.annotations.NullMarked;
