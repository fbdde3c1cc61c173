package org.migportal.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.migportal.web.security.OidcConfig;

/**
 * Whether Keycloak answers: its realm's discovery document within two seconds. The answer is kept for a few
 * seconds, so that a burst of logins (or readiness probes) during an outage does not queue behind probes.
 */
@ApplicationScoped
public class KeycloakAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long KEEP_NANOS = Duration.ofSeconds(3).toNanos();

    @Inject
    OidcConfig oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Probe last;

    public boolean reachable() {
        Probe probe = last;
        if (probe == null || System.nanoTime() - probe.at() > KEEP_NANOS) {
            probe = new Probe(System.nanoTime(), probeNow());
            last = probe;
        }
        return probe.reachable();
    }

    /** The origin ({@code scheme://host:port}) browsers are sent to for logging in. */
    public String origin() {
        URI provider = URI.create(oidc.getProviderUri());
        return provider.getScheme() + "://" + provider.getRawAuthority();
    }

    private boolean probeNow() {
        String provider = oidc.getProviderUri();
        URI discovery = URI.create((provider.endsWith("/") ? provider : provider + "/") + ".well-known/openid-configuration");
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Probe(long at, boolean reachable) {
    }
}
