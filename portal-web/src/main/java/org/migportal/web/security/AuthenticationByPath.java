package org.migportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.migportal.web.api.Problem;

/**
 * Bearer tokens for the REST API, the OpenID Connect login for the pages, in one WAR.
 *
 * <p>Jakarta Security 3 resolves exactly one {@link HttpAuthenticationMechanism} per application. With
 * both MicroProfile JWT ({@code @LoginConfig} on {@code RestApi}) and {@link PortalLogin} there are two
 * and deployment fails (WELD-001318, ambiguous). This enabled alternative is the one the container
 * resolves; it hands each request to one of the two by the path the request is mapped to:
 * {@code /api/*} to MicroProfile JWT, everything else to the web login.
 *
 * <p>The API never redirects to Keycloak and never opens a session: a request without a valid bearer
 * token is answered here with 401 and a JSON problem, without reaching the OpenID Connect mechanism.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationByPath implements HttpAuthenticationMechanism {

    /**
     * Neither built-in mechanism bean has a qualifier, so they are told apart by type: Payara registers
     * its MicroProfile JWT bean with its implementation class among the bean types; Soteria's OpenID
     * Connect bean (and the test login of in-container tests) does not carry it.
     */
    private static final String MP_JWT_MECHANISM = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";
    private static final String BEARER = "Bearer ";
    /** The 401 is written before JAX-RS is reached, so without its JSON-B provider. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BeanManager beanManager;

    private HttpAuthenticationMechanism bearerTokens;
    private HttpAuthenticationMechanism webLogin;

    /** Creating this bean at deployment runs {@link #findMechanisms()}: a missing mechanism fails the deployment. */
    void verifyAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer only makes the container create the bean now
    }

    @PostConstruct
    void findMechanisms() {
        // All mechanism beans but this one: resolving the type would return this one again.
        List<Bean<?>> candidates = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                .filter(bean -> !AuthenticationByPath.class.equals(bean.getBeanClass()))
                .toList();
        List<Bean<?>> jwt = candidates.stream().filter(AuthenticationByPath::isMicroProfileJwt).toList();
        List<Bean<?>> others = candidates.stream().filter(bean -> !isMicroProfileJwt(bean)).toList();
        if (jwt.size() != 1 || others.size() != 1) {
            throw new IllegalStateException("Expected the MicroProfile JWT mechanism and one web login mechanism, found "
                    + jwt.size() + " and " + others.size() + ": " + candidates);
        }
        bearerTokens = reference(jwt.get(0));
        webLogin = reference(others.get(0));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return webLogin.validateRequest(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)) {
            // MicroProfile JWT would send an error here, which the web.xml error pages turn into HTML.
            return unauthorized(response, "Bearer realm=\"mig-portal\"",
                    "This API needs an access token from Keycloak in the header Authorization: Bearer <token>.");
        }
        AuthenticationStatus status = bearerTokens.validateRequest(request, response, new RefusalsAnsweredHere(context));
        if (status == AuthenticationStatus.SEND_FAILURE) {
            // Bad signature, issuer or audience, expired: MicroProfile JWT has logged why.
            return unauthorized(response, "Bearer realm=\"mig-portal\", error=\"invalid_token\"",
                    "The access token is not valid (expired, not issued for this portal, or damaged).");
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return (isApi(request) ? bearerTokens : webLogin).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        (isApi(request) ? bearerTokens : webLogin).cleanSubject(request, response, context);
    }

    /**
     * By the path the container maps the request with: decoded and normalised, unlike
     * {@code getRequestURI()}, which a client can dress up ({@code /api/../forums/list}).
     */
    static boolean isApi(HttpServletRequest request) {
        String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String challenge, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", challenge);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSON.toJson(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isMicroProfileJwt(Bean<?> bean) {
        return bean.getTypes().stream().anyMatch(type -> type.getTypeName().equals(MP_JWT_MECHANISM));
    }

    private HttpAuthenticationMechanism reference(Bean<?> bean) {
        return (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                beanManager.createCreationalContext(bean));
    }

    /**
     * Keeps MicroProfile JWT from sending its refusal itself: it would send an error (sendError), which
     * the web.xml error pages answer with HTML and a new session.
     */
    private static final class RefusalsAnsweredHere extends HttpMessageContextWrapper {

        RefusalsAnsweredHere(HttpMessageContext context) {
            super(context);
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            return AuthenticationStatus.SEND_FAILURE;
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? super.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
    }
}
