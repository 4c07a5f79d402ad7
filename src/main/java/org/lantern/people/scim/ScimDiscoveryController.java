package org.lantern.people.scim;

import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.beans.IntrospectionException;
import java.net.URI;
import java.util.List;

/** What a SCIM client asks first: what Lantern supports, its resource types and their schemas (RFC 7644 section 4). */
@Hidden
@RestController
@RequestMapping(ScimJson.BASE)
class ScimDiscoveryController {

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        return ScimJson.ok(200, new ServiceProviderConfigResource(null, new PatchConfig(true), new BulkConfig(false, 0, 0),
                new FilterConfig(true, ScimJson.MAX_RESULTS), new ChangePasswordConfig(false), new SortConfig(false),
                new ETagConfig(false), List.of(new AuthenticationScheme("OAuth Bearer Token",
                "A token an administrator creates on People and teams, sent as Authorization: Bearer <token>.",
                URI.create("https://www.rfc-editor.org/info/rfc6750"), null, "oauthbearertoken", true))));
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return ScimJson.ok(200, new ListResponse<>(List.of(
                new ResourceTypeResource("User", "User", "Lantern accounts", URI.create("/Users"),
                        URI.create(SchemaUtils.getSchemaUrn(UserResource.class)), null),
                new ResourceTypeResource("Group", "Group", "Lantern teams", URI.create("/Groups"),
                        URI.create(SchemaUtils.getSchemaUrn(GroupResource.class)), null))));
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() throws IntrospectionException {
        List<SchemaResource> schemas = List.of(SchemaUtils.getSchema(UserResource.class), SchemaUtils.getSchema(GroupResource.class));
        return ScimJson.ok(200, new ListResponse<>(schemas));
    }
}
