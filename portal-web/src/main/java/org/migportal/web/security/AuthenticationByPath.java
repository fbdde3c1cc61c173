package org.migportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migportal.security.control.SessionClaims;
import org.migportal.web.api.Problem;
import org.migportal.web.operations.KeycloakAvailability;
import org.migportal.web.operations.RequestLog;

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
 *
 * <p>While Keycloak cannot be reached, a login would end in the browser's own "cannot connect" page (or in
 * an error page, if the login mechanism has not yet read Keycloak's configuration): such a login is sent to
 * {@value #LOGIN_UNAVAILABLE} instead, which says so. Users already logged in are not affected: their login
 * lives in their session.
 *
 * <p>In a cluster the session moves to another instance when the user's instance dies, but the OpenID Connect
 * mechanism's record of the login (its tokens) cannot be serialised and stays behind. The login's claims are
 * therefore also kept in {@link SessionClaims}; on an instance that has them but no tokens, the caller is
 * logged in from them, without Keycloak.
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
    static final String LOGIN_UNAVAILABLE = "/errors/login-unavailable";

    @Inject
    BeanManager beanManager;

    @Inject
    KeycloakAvailability keycloak;

    @Inject
    Instance<SessionClaims> sessionClaims;

    @Inject
    Instance<OpenIdContext> openIdContext;

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
        RequestLog.remember(request, response);
        if (!isApi(request)) {
            return webLogin(request, response, context);
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

    private AuthenticationStatus webLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (request.getSession(false) != null && loginMadeOnAnotherInstance()) {
            SessionClaims kept = sessionClaims.get();
            return context.notifyContainerAboutLogin(kept.username().orElseThrow(), new HashSet<>(kept.values("groups")));
        }
        HttpServletResponse gated = new LoginGate(request, response);
        try {
            AuthenticationStatus status = webLogin.validateRequest(request, gated, new WithResponse(context, gated));
            if (status == AuthenticationStatus.SUCCESS) {
                keepClaims();
            }
            return status;
        } catch (RuntimeException | AuthenticationException e) {
            if (keycloak.reachable()) {
                throw e;
            }
            return context.redirect(request.getContextPath() + LOGIN_UNAVAILABLE);
        }
    }

    /** The session holds a login whose tokens this instance does not have. */
    private boolean loginMadeOnAnotherInstance() {
        return !openIdContext.isUnsatisfied() && sessionClaims.get().username().isPresent()
                && openIdContext.get().getAccessToken() == null;
    }

    private void keepClaims() {
        if (openIdContext.isUnsatisfied()) {
            return; // another login mechanism (the in-container tests')
        }
        SessionClaims kept = sessionClaims.get();
        IdentityToken token = openIdContext.get().getIdentityToken();
        if (kept.username().isPresent() || token == null) {
            return;
        }
        Map<String, List<String>> claims = new LinkedHashMap<>();
        token.getClaims().forEach((name, value) -> {
            List<String> strings = strings(value);
            if (!strings.isEmpty()) {
                claims.put(name, strings);
            }
        });
        List<String> username = claims.getOrDefault("preferred_username", List.of());
        if (!username.isEmpty()) {
            kept.keep(username.get(0), claims);
        }
    }

    /** A claim's text values: one string, or an array of strings; anything else is not needed here. */
    private static List<String> strings(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof JsonString json) {
            return List.of(json.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).toList();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> v instanceof JsonString json ? json.getString() : String.valueOf(v)).toList();
        }
        return List.of();
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

    /** Sends a browser that would go to Keycloak's login page to {@value #LOGIN_UNAVAILABLE} while Keycloak is down. */
    private final class LoginGate extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        LoginGate(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            boolean toKeycloak = location != null && location.startsWith(keycloak.origin() + "/");
            if (toKeycloak) {
                ReturnAfterLogin.remember(request);
            }
            super.sendRedirect(toKeycloak && !keycloak.reachable()
                    ? request.getContextPath() + LOGIN_UNAVAILABLE
                    : location);
        }
    }

    /** The login mechanism's context with the gated response. */
    private static final class WithResponse extends HttpMessageContextWrapper {

        private final HttpServletResponse response;

        WithResponse(HttpMessageContext context, HttpServletResponse response) {
            super(context);
            this.response = response;
        }

        @Override
        public HttpServletResponse getResponse() {
            return response;
        }
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
