package org.lantern.people.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ScimPeople;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * SCIM Users: accounts. DELETE and {@code active: false} disable the account (Lantern never deletes people);
 * PATCH takes RFC 7644 operations in any case ({@code Replace}, as Entra ID sends them, or {@code replace}).
 */
@Hidden
@RestController
@RequestMapping(ScimJson.BASE + "/Users")
@RequiredArgsConstructor
class ScimUsersController {

    private final ScimPeople people;

    @GetMapping
    ResponseEntity<String> list(@RequestParam(required = false) @Nullable String filter,
                                @RequestParam(defaultValue = "1") int startIndex,
                                @RequestParam(defaultValue = "100") int count) throws ScimException {
        var eq = ScimJson.equality(filter, "userName", "externalId");
        String userName = eq.filter(f -> f.getAttributePath().toString().equalsIgnoreCase("userName")).map(ScimJson::value).orElse(null);
        String externalId = eq.filter(f -> f.getAttributePath().toString().equalsIgnoreCase("externalId")).map(ScimJson::value).orElse(null);
        ScimJson.Paging paging = new ScimJson.Paging(startIndex, count);
        return ScimJson.list(people.users(userName, externalId, paging.startIndex(), paging.count()), paging, ScimJson::user);
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable long id) {
        return ScimJson.ok(200, ScimJson.user(people.user(id)));
    }

    @PostMapping
    ResponseEntity<String> create(@RequestBody String body) throws ScimException {
        return ScimJson.created(ScimJson.user(people.create(ScimJson.change(ScimJson.read(body, UserResource.class)))));
    }

    @PutMapping("/{id}")
    ResponseEntity<String> replace(@PathVariable long id, @RequestBody String body) throws ScimException {
        return ScimJson.ok(200, ScimJson.user(people.replace(id, ScimJson.change(ScimJson.read(body, UserResource.class)))));
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@PathVariable long id, @RequestBody String body) throws Exception {
        GenericScimResource user = JsonUtils.valueToNode(ScimJson.user(people.user(id))) instanceof ObjectNode node
                ? new GenericScimResource(node) : new GenericScimResource();
        ScimJson.read(lowerCaseOps(body), PatchRequest.class).apply(user);
        ObjectNode patched = user.getObjectNode();
        // Entra ID sends booleans as text ("False")
        if (patched.get("active") instanceof JsonNode active && active.isTextual()) {
            patched.put("active", Boolean.parseBoolean(active.asText().strip().toLowerCase(Locale.ROOT)));
        }
        patched.remove("groups");
        return ScimJson.ok(200, ScimJson.user(people.replace(id, ScimJson.change(JsonUtils.nodeToValue(patched, UserResource.class)))));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        people.setActive(id, false);
        return ResponseEntity.noContent().build();
    }

    /** RFC 7644 names the operations in lower case; Entra ID capitalises them. */
    static String lowerCaseOps(String body) throws ScimException {
        JsonNode request = ScimJson.read(body, JsonNode.class);
        if (request.get("Operations") instanceof com.fasterxml.jackson.databind.node.ArrayNode operations) {
            operations.forEach(op -> {
                if (op instanceof ObjectNode o && o.get("op") instanceof JsonNode name && name.isTextual()) {
                    o.put("op", name.asText().toLowerCase(Locale.ROOT));
                }
            });
        }
        return request.toString();
    }
}
