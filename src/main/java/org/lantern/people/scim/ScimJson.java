package org.lantern.people.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.ScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Role;
import org.lantern.people.ScimPeople;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Between Lantern's records and SCIM's JSON, through the SDK's own Jackson (Jackson 2, separate from Spring's):
 * resources, the one filter Lantern answers ({@code attribute eq "value"}) and SCIM's error shape.
 */
final class ScimJson {

    static final MediaType SCIM = MediaType.parseMediaType("application/scim+json");
    static final String BASE = "/scim/v2";

    private ScimJson() {
    }

    static ResponseEntity<String> ok(int status, Object body) {
        try {
            return ResponseEntity.status(status).contentType(SCIM).body(JsonUtils.getObjectWriter().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most a page holds, as ServiceProviderConfig says. */
    static final int MAX_RESULTS = 500;

    /** {@code startIndex} (1-based) and {@code count} as SCIM clients send them, kept within bounds. */
    record Paging(int startIndex, int count) {
        Paging {
            startIndex = Math.max(startIndex, 1);
            count = Math.min(Math.max(count, 0), MAX_RESULTS);
        }
    }

    static <T> ResponseEntity<String> list(ScimPeople.Page<T> page, Paging paging, java.util.function.Function<T, ?> resource) {
        return ok(200, new ListResponse<>(page.total(), page.items().stream().map(resource).toList(), paging.startIndex(),
                page.items().size()));
    }

    static ResponseEntity<String> error(int status, @Nullable String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType == null || scimType.isEmpty() ? null : scimType);
        error.setDetail(detail);
        return ok(status, error);
    }

    static <T> T read(String body, Class<T> type) throws BadRequestException {
        try {
            return JsonUtils.getObjectReader().forType(type).readValue(body);
        } catch (JsonProcessingException e) {
            throw BadRequestException.invalidSyntax("The request is not valid SCIM JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("The request is not valid SCIM JSON: " + e.getMessage());
        }
    }

    /** The value of {@code filter=attribute eq "value"} for one of {@code attributes}, or empty without a filter. */
    static Optional<EqualFilter> equality(@Nullable String filter, String... attributes) throws ScimException {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        Filter parsed = Filter.fromString(filter);
        if (parsed instanceof EqualFilter eq && eq.getAttributePath().size() == 1) {
            for (String attribute : attributes) {
                if (eq.getAttributePath().toString().equalsIgnoreCase(attribute)) {
                    return Optional.of(eq);
                }
            }
        }
        throw BadRequestException.invalidFilter("Lantern answers only filters of the form "
                + String.join(" or ", List.of(attributes).stream().map(a -> a + " eq \"…\"").toList()) + ".");
    }

    static String value(EqualFilter filter) {
        JsonNode value = filter.getComparisonValue();
        return value == null ? "" : value.asText();
    }

    static UserResource user(ScimPeople.User user) {
        UserResource resource = new UserResource();
        resource.setId(Long.toString(user.id()));
        resource.setUserName(user.userName());
        resource.setDisplayName(user.displayName());
        resource.setActive(user.active());
        resource.setExternalId(user.externalId());
        if (user.email() != null) {
            resource.setEmails(List.of(new Email().setValue(user.email()).setType("work").setPrimary(true)));
        }
        resource.setRoles(user.roles().stream().map(r -> new com.unboundid.scim2.common.types.Role()
                .setValue(r.key()).setDisplay(r.label())).toList());
        resource.setGroups(user.teams().stream().map(t -> new com.unboundid.scim2.common.types.Group()
                .setValue(Long.toString(t.teamId())).setDisplay(t.teamName()).setType("direct")).toList());
        resource.setMeta(meta("User", "/Users/" + user.id()));
        return resource;
    }

    static GroupResource group(ScimPeople.Group group) {
        GroupResource resource = new GroupResource();
        resource.setId(Long.toString(group.id()));
        resource.setDisplayName(group.name());
        resource.setMembers(group.members().stream().map(m -> new Member().setValue(Long.toString(m.id()))
                .setDisplay(m.displayName()).setType("User")).toList());
        resource.setMeta(meta("Group", "/Groups/" + group.id()));
        return resource;
    }

    /** What a SCIM user asks the account to be; roles only staff, manager, editor or evaluator. */
    static ScimPeople.UserChange change(UserResource user) throws BadRequestException {
        if (user.getUserName() == null || user.getUserName().isBlank()) {
            throw BadRequestException.invalidValue("userName is required.");
        }
        String displayName = user.getDisplayName();
        if ((displayName == null || displayName.isBlank()) && user.getName() != null) {
            displayName = user.getName().getFormatted() != null ? user.getName().getFormatted()
                    : (Optional.ofNullable(user.getName().getGivenName()).orElse("") + " "
                    + Optional.ofNullable(user.getName().getFamilyName()).orElse("")).strip();
        }
        String email = user.getEmails() == null ? null : user.getEmails().stream()
                .filter(e -> e.getValue() != null).sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.getPrimary()),
                        Boolean.TRUE.equals(a.getPrimary()))).map(Email::getValue).findFirst().orElse(null);
        Set<Role> roles = null;
        if (user.getRoles() != null && !user.getRoles().isEmpty()) {
            roles = EnumSet.noneOf(Role.class);
            for (var role : user.getRoles()) {
                String key = role.getValue() == null ? "" : role.getValue();
                roles.add(Role.fromKey(key.toLowerCase(Locale.ROOT)).orElseThrow(() -> BadRequestException.invalidValue(
                        "roles: '" + key + "' is not a Lantern role (staff, manager, editor or evaluator).")));
            }
        }
        return new ScimPeople.UserChange(user.getUserName(), displayName == null ? "" : displayName, email,
                user.getActive() == null || user.getActive(), user.getExternalId(), roles);
    }

    private static Meta meta(String type, String path) {
        Meta meta = new Meta();
        meta.setResourceType(type);
        meta.setLocation(URI.create(BASE + path));
        return meta;
    }

    static ResponseEntity<String> created(ScimResource resource) {
        ResponseEntity<String> body = ok(201, resource);
        return ResponseEntity.status(201).contentType(SCIM).location(resource.getMeta().getLocation()).body(body.getBody());
    }
}
