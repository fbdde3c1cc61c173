package org.migportal.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}, for programme systems and scripts. Callers authenticate with a
 * Keycloak access token ({@code Authorization: Bearer}); MicroProfile JWT verifies it with the
 * settings derived from {@code portal.oidc.provider-uri} ({@code META-INF/microprofile-config.properties}).
 * Roles and scope are the same as in the pages: the boundaries decide, the API only translates.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
@OpenAPIDefinition(
        info = @Info(title = "MIG Portal API", version = "1",
                description = "Forums, members, memberships and market actors, within the caller's role and scope."),
        security = @SecurityRequirement(name = RestApi.BEARER))
@SecurityScheme(securitySchemeName = RestApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the mig-portal realm for the client mig-portal-web")
public class RestApi extends Application {

    static final String BEARER = "keycloak";

    @Override
    public Map<String, Object> getProperties() {
        // An error status is set, not sent: sendError would hand the answer to the HTML error pages of web.xml.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
