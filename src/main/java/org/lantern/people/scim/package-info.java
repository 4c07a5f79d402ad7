/**
 * SCIM 2.0 ({@code /scim/v2}, RFC 7643/7644) for identity platforms that push accounts (Microsoft Entra ID, Okta):
 * Users are accounts, Groups are teams. Served by Spring MVC controllers with UnboundID's SCIM 2 SDK model, filter
 * and patch types (its server module needs JAX-RS); every request needs a bearer token an administrator created
 * ({@link org.lantern.people.ScimTokens}); the changes themselves are {@link org.lantern.people.ScimPeople}'s.
 */
@NullMarked
package org.lantern.people.scim;

import org.jspecify.annotations.NullMarked;
