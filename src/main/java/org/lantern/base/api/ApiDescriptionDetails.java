package org.lantern.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import lombok.RequiredArgsConstructor;
import org.lantern.base.security.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every call in the description shares, added after springdoc has read the controllers: the
 * {@code {"error": "..."}} shape on every error answer, the answers to a missing sign-in (401) and a
 * role that may not call (403), and who may call. Who may call is read from the security rules
 * themselves ({@link org.lantern.base.security.ApiAccessRules}), asking them for each role with the
 * call's address, so the description cannot say something the rules do not do.
 */
@Component
@RequiredArgsConstructor
class ApiDescriptionDetails implements OpenApiCustomizer {

    static final String ERROR_SCHEMA = "ApiError";
    /** The roles allowed to call, by their keys ({@code staff}, {@code admin}...), or {@code signed-in} for anyone signed in. */
    static final String ACCESS_EXTENSION = "x-lantern-access";
    static final String UNAUTHORIZED = "Sign in with your Lantern user name and password (HTTP Basic).";
    static final String FORBIDDEN = "Your account is not allowed to do this.";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> rules;

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(ERROR_SCHEMA, new ObjectSchema()
                .description("Every error answer: a message that can be shown to a person, never a stack trace.")
                .addProperty("error", new StringSchema().example("No programme with the key 'pilot-2027'."))
                .addRequiredItem("error"));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describeAccess(path, method, operation);
            ApiResponses responses = operation.getResponses();
            responses.putIfAbsent("401", error("Not signed in, or the user name or password is wrong.", UNAUTHORIZED));
            responses.putIfAbsent("403", error("This account's roles do not allow this call.", FORBIDDEN));
            // springdoc gives every answer the method's return type; an error answers ApiError instead
            responses.forEach((status, response) -> {
                if (isError(status) && !isApiError(response)) {
                    response.setContent(errorContent(null));
                }
            });
        }));
    }

    private void describeAccess(String path, PathItem.HttpMethod method, Operation operation) {
        String address = sample(path, operation.getParameters());
        WebInvocationPrivilegeEvaluator evaluator = rules.getObject();
        List<String> access;
        String who;
        if (evaluator.isAllowed("", address, method.name(), signedIn())) {
            access = List.of("signed-in");
            who = "Anyone signed in.";
        } else {
            List<Role> roles = Arrays.stream(Role.values())
                    .filter(role -> evaluator.isAllowed("", address, method.name(), signedIn(role))).toList();
            access = roles.stream().map(Role::key).toList();
            who = roles.isEmpty() ? "Nobody." : sentence(roles.stream().map(r -> r.label() + "s").toList()) + ".";
        }
        operation.addExtension(ACCESS_EXTENSION, access);
        String description = operation.getDescription();
        operation.setDescription("**Who may call it:** " + who
                + (description == null || description.isBlank() ? "" : "\n\n" + description));
    }

    /** The path with a value for each variable: its first allowed value or example where it has one, else {@code x}. */
    private static String sample(String path, List<Parameter> parameters) {
        Matcher variables = PATH_VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String value = parameters == null ? null : parameters.stream()
                    .filter(p -> "path".equals(p.getIn()) && name.equals(p.getName()))
                    .map(ApiDescriptionDetails::sampleValue).filter(Objects::nonNull).findFirst().orElse(null);
            variables.appendReplacement(out, Matcher.quoteReplacement(value == null ? "x" : value));
        }
        return variables.appendTail(out).toString();
    }

    private static String sampleValue(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().getFirst());
        }
        return parameter.getExample() == null ? null : String.valueOf(parameter.getExample());
    }

    private static UsernamePasswordAuthenticationToken signedIn(Role... roles) {
        return UsernamePasswordAuthenticationToken.authenticated("api-description", null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    private static String sentence(List<String> labels) {
        if (labels.size() == 1) {
            return labels.getFirst();
        }
        String all = String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast().toLowerCase(Locale.ROOT);
        return all.charAt(0) + all.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isApiError(ApiResponse response) {
        MediaType json = response.getContent() == null ? null
                : response.getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        return json != null && json.getSchema() != null && ("#/components/schemas/" + ERROR_SCHEMA).equals(json.getSchema().get$ref());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static ApiResponse error(String description, String message) {
        return new ApiResponse().description(description).content(errorContent(message));
    }

    private static Content errorContent(String message) {
        MediaType json = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA));
        if (message != null) {
            json.setExamples(Map.of("error", new Example().value(Map.of("error", message))));
        }
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
    }
}
