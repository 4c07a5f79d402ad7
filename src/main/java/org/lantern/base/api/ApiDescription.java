package org.lantern.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.lantern.base.security.Account;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of {@code /api/**} that springdoc generates from the controllers, served at
 * {@value #ADDRESS} to signed-in accounts (README "The API's description"). Controllers say what each call
 * is for with a few annotations; {@link ApiDescriptionDetails} adds what holds for every call: the error
 * shape, the sign-in and who may call it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    /** Where the description is served (also {@code springdoc.api-docs.path} in application.properties). */
    static final String ADDRESS = "/api/openapi.json";
    static final String BASIC = "basic";

    static {
        // the signed-in account is taken from the sign-in (SignedInAccountArguments), never sent by the caller
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Account.class);
    }

    @Bean
    OpenAPI lanternApi() {
        return new OpenAPI()
                .info(new Info().title("Lantern API").version("1")
                        .description("""
                                Lantern's JSON API for scripts: evaluators fetch released evaluation reports and \
                                import survey answers, an HR or rostering job sends the staff list, and anyone \
                                signed in can check who they are and read the story library.

                                Sign in on every request with HTTP Basic, using a Lantern user name and password \
                                (no session, no cookie). Each call says who may make it; anyone else gets 403. \
                                Every error answers `{"error": "..."}` with a message that can be shown to a person. \
                                Calls that change something take only JSON (`application/json`) or CSV (`text/csv`) \
                                and are refused when a browser marks them as coming from another website.""")
                        .license(new License().name("Apache License, Version 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A Lantern user name and password. Repeated failures pause sign-in (429).")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
