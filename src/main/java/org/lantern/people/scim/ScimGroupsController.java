package org.lantern.people.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
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

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SCIM Groups: teams. Membership changes by PATCH ({@code add}/{@code remove} on {@code members}, with the values or a
 * {@code members[value eq "…"]} path, as Entra ID and Okta send them) or PUT. Teams are never deleted over SCIM.
 */
@Hidden
@RestController
@RequestMapping(ScimJson.BASE + "/Groups")
@RequiredArgsConstructor
class ScimGroupsController {

    private final ScimPeople people;

    @GetMapping
    ResponseEntity<String> list(@RequestParam(required = false) @Nullable String filter,
                                @RequestParam(defaultValue = "1") int startIndex,
                                @RequestParam(defaultValue = "100") int count) throws ScimException {
        String name = ScimJson.equality(filter, "displayName").map(ScimJson::value).orElse(null);
        ScimJson.Paging paging = new ScimJson.Paging(startIndex, count);
        return ScimJson.list(people.groups(name, paging.startIndex(), paging.count()), paging, ScimJson::group);
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable long id) {
        return ScimJson.ok(200, ScimJson.group(people.group(id)));
    }

    @PostMapping
    ResponseEntity<String> create(@RequestBody String body) throws ScimException {
        GroupResource group = ScimJson.read(body, GroupResource.class);
        return ScimJson.created(ScimJson.group(people.createGroup(group.getDisplayName(), ids(group))));
    }

    /** Replaces the members; the team's name stays (rename it on People and teams). */
    @PutMapping("/{id}")
    ResponseEntity<String> replace(@PathVariable long id, @RequestBody String body) throws ScimException {
        Set<Long> wanted = ids(ScimJson.read(body, GroupResource.class));
        Set<Long> now = memberIds(id);
        return ScimJson.ok(200, ScimJson.group(people.changeMembers(id, minus(wanted, now), minus(now, wanted))));
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@PathVariable long id, @RequestBody String body) throws ScimException {
        JsonNode request = ScimJson.read(body, JsonNode.class);
        Set<Long> now = memberIds(id);
        Set<Long> add = new LinkedHashSet<>();
        Set<Long> remove = new LinkedHashSet<>();
        for (JsonNode op : request.path("Operations")) {
            String kind = op.path("op").asText().toLowerCase(Locale.ROOT);
            String path = op.path("path").asText("");
            JsonNode value = op.get("value");
            if (path.isEmpty() && value != null && value.has("members")) {
                path = "members";
                value = value.get("members");
            }
            if (path.isEmpty() && value != null && value.has("displayName") || path.equalsIgnoreCase("displayName")) {
                continue; // names stay as Lantern has them
            }
            switch (kind) {
                case "add" -> add.addAll(values(members(path), value));
                case "remove" -> remove.addAll(path.equalsIgnoreCase("members") && value == null ? now : values(path, value));
                case "replace" -> {
                    Set<Long> wanted = values(members(path), value);
                    remove.addAll(minus(now, wanted));
                    add.addAll(wanted);
                }
                default -> throw BadRequestException.invalidSyntax("Unknown PATCH operation '" + kind + "'.");
            }
        }
        add.removeAll(now);
        return ScimJson.ok(200, ScimJson.group(people.changeMembers(id, add, remove)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<String> delete(@PathVariable long id) {
        people.group(id);
        return ScimJson.error(400, BadRequestException.MUTABILITY, "Lantern keeps its teams, with their history; "
                + "remove a team's members instead, or change teams on People and teams.");
    }

    private static String members(String path) throws BadRequestException {
        if (!path.equalsIgnoreCase("members")) {
            throw BadRequestException.invalidPath("Lantern changes only a group's members ('" + path + "').");
        }
        return path;
    }

    /** The member ids a value array or a {@code members[value eq "id"]} path names. */
    private static Set<Long> values(String path, @Nullable JsonNode value) throws ScimException {
        Set<Long> ids = new LinkedHashSet<>();
        if (!path.equalsIgnoreCase("members")) {
            Path parsed = Path.fromString(path);
            if (parsed.size() == 1 && parsed.getElement(0).getAttribute().equalsIgnoreCase("members")
                    && parsed.getElement(0).getValueFilter() instanceof EqualFilter eq) {
                ids.add(id(eq.getComparisonValue().asText()));
                return ids;
            }
            throw BadRequestException.invalidPath("Lantern changes only a group's members ('" + path + "').");
        }
        if (value != null) {
            for (JsonNode member : value.isArray() ? value : java.util.List.of(value)) {
                ids.add(id(member.path("value").asText()));
            }
        }
        return ids;
    }

    private Set<Long> memberIds(long id) {
        return people.group(id).members().stream().map(ScimPeople.User::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Long> ids(GroupResource group) throws BadRequestException {
        Set<Long> ids = new LinkedHashSet<>();
        if (group.getMembers() != null) {
            for (Member member : group.getMembers()) {
                ids.add(id(member.getValue()));
            }
        }
        return ids;
    }

    private static long id(@Nullable String value) throws BadRequestException {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw BadRequestException.invalidValue("'" + value + "' is not the id of a Lantern user.");
        }
    }

    private static Set<Long> minus(Set<Long> a, Set<Long> b) {
        Set<Long> rest = new LinkedHashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
