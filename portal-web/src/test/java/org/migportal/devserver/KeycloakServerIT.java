package org.migportal.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migportal.testing.TestKeycloak;

/**
 * Keycloak with the mig-portal realm (the tests' shared instance, see {@link TestKeycloak}): the claims
 * the portal relies on, the refusal of a wrong password, and the redirect URIs for a portal on any
 * localhost port.
 */
class KeycloakServerIT {

    private static final String PASSWORD = "demo1234";

    private static KeycloakServer keycloak;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void useTheTestKeycloak() throws Exception {
        keycloak = TestKeycloak.get();
    }

    @Test
    void countryOfficerHasRoleCountryAndAudience() {
        String payload = payload(keycloak.tokenFor("officer.kenya", PASSWORD));

        assertThat(claim(payload, "groups")).contains("country-officer");
        assertThat(claim(payload, "countries")).containsExactly("KE");
        assertThat(claim(payload, "aud")).contains("mig-portal-web");
        assertThat(claim(payload, "iss")).containsExactly(keycloak.issuer());
        assertThat(claim(payload, "preferred_username")).containsExactly("officer.kenya");
        assertThat(claim(payload, "regions")).isEmpty();
        assertThat(claim(payload, "forums")).isEmpty();
    }

    @Test
    void regionalManagerHasRegion() {
        String payload = payload(keycloak.tokenFor("regional.manager", PASSWORD));

        assertThat(claim(payload, "groups")).contains("regional-manager").doesNotContain("country-officer");
        assertThat(claim(payload, "regions")).containsExactly("EA");
        assertThat(claim(payload, "aud")).contains("mig-portal-web");
    }

    @Test
    void forumSecretaryHasForumAndCountry() {
        String payload = payload(keycloak.tokenFor("secretary.kisumu", PASSWORD));

        assertThat(claim(payload, "groups")).contains("forum-secretary");
        assertThat(claim(payload, "forums")).containsExactly("KE-KSM-FIN");
        assertThat(claim(payload, "countries")).containsExactly("KE");
        assertThat(claim(payload, "aud")).contains("mig-portal-web");
    }

    @Test
    void donorHasTwoCountries() {
        String payload = payload(keycloak.tokenFor("donor.demo", PASSWORD));

        assertThat(claim(payload, "groups")).contains("donor");
        assertThat(claim(payload, "countries")).containsExactlyInAnyOrder("KE", "SD");
    }

    @Test
    void wrongPasswordIsRefused() {
        // officer.sudan is used nowhere else, so the failed attempt cannot lock out a user of another test.
        HttpResponse<String> refused = keycloak.tokenResponse("officer.sudan", "wrong-password");
        // Keycloak 26.7 answers 400 (RFC 6749 5.2); older versions answered 401.
        assertThat(refused.statusCode()).isIn(400, 401);
        assertThat(refused.body()).contains("invalid_grant");

        assertThatThrownBy(() -> keycloak.tokenFor("nobody.here", PASSWORD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void loginPageAcceptsRedirectToAnyLocalhostPort() throws Exception {
        for (String redirect : List.of("http://localhost:45678/callback", "http://localhost:8080/callback",
                "http://127.0.0.1:" + KeycloakServer.freePort() + "/callback")) {
            HttpResponse<String> page = get(keycloak.issuer() + "/protocol/openid-connect/auth?client_id=mig-portal-web"
                    + "&response_type=code&scope=openid&state=s1&nonce=n1&redirect_uri=" + enc(redirect));
            assertThat(page.statusCode()).as(redirect).isEqualTo(200);
            assertThat(page.body()).as(redirect).contains("kc-form-login").doesNotContain("Invalid parameter");
        }

        HttpResponse<String> foreign = get(keycloak.issuer() + "/protocol/openid-connect/auth?client_id=mig-portal-web"
                + "&response_type=code&scope=openid&redirect_uri=" + enc("http://evil.example:45678/callback"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("Invalid parameter: redirect_uri");
    }

    @Test
    void authorizationCodeFlowWorksForPortalOnRandomPort() throws Exception {
        String redirect = "http://localhost:" + KeycloakServer.freePort() + "/callback";
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                        + "/protocol/openid-connect/auth?client_id=mig-portal-web&response_type=code&scope=openid"
                        + "&state=st4te&nonce=n0nce&redirect_uri=" + enc(redirect))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(page.body());
        assertThat(action.find()).as("login form").isTrue();
        String loginUrl = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        // Send back the login session cookies like a browser would. (java.net.CookieManager does not: Keycloak
        // marks them Secure, and browsers treat http://localhost as a secure context, the JDK does not.)
        String cookies = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(java.util.stream.Collectors.joining("; "));

        HttpResponse<String> afterLogin = HTTP.send(HttpRequest.newBuilder(URI.create(loginUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString("username=officer.kenya&password=" + PASSWORD
                                + "&credentialId="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?").contains("state=st4te");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();

        HttpResponse<String> tokens = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1)
                                + "&redirect_uri=" + enc(redirect) + "&client_id=" + KeycloakServer.CLIENT_ID
                                + "&client_secret=" + KeycloakServer.CLIENT_SECRET))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Matcher idToken = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens.body());
        assertThat(idToken.find()).isTrue();
        String payload = payload(idToken.group(1));
        assertThat(claim(payload, "groups")).contains("country-officer");
        assertThat(claim(payload, "countries")).containsExactly("KE");
        assertThat(claim(payload, "nonce")).containsExactly("n0nce");
    }

    @Test
    void logoutAcceptsPostLogoutRedirectToAnyLocalhostPort() throws Exception {
        String idToken = idTokenFor("programme.admin");
        HttpResponse<String> ok = get(keycloak.issuer() + "/protocol/openid-connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + enc("http://localhost:45678/logged-out"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location")).hasValue("http://localhost:45678/logged-out");

        HttpResponse<String> foreign = get(keycloak.issuer() + "/protocol/openid-connect/logout?id_token_hint="
                + idTokenFor("programme.admin") + "&post_logout_redirect_uri=" + enc("http://evil.example/"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("Invalid redirect uri");
    }

    @Test
    void userWithoutScopeAttributesHasNoScopeClaims() {
        String payload = payload(keycloak.tokenFor("programme.admin", PASSWORD));

        assertThat(claim(payload, "groups")).containsExactly("programme-admin");
        assertThat(claim(payload, "countries")).isEmpty();
        assertThat(claim(payload, "aud")).contains("mig-portal-web");
    }

    // ---- helpers ------------------------------------------------------------------------------


    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String idTokenFor(String username) {
        HttpResponse<String> r = keycloak.tokenResponse(username, PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as("id_token in " + r.body()).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The decoded JSON payload of a JWT. */
    static String payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("JWT parts").hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    /**
     * The string values of a top-level claim: a single string or an array of strings; empty if absent.
     * Good enough for Keycloak's compact JSON, where these claims hold plain strings without escapes.
     */
    static List<String> claim(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\[[^\\]]*\\]|\"[^\"]*\")").matcher(json);
        List<String> values = new ArrayList<>();
        if (m.find()) {
            Matcher v = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
            while (v.find()) {
                values.add(v.group(1));
            }
        }
        return values;
    }
}
