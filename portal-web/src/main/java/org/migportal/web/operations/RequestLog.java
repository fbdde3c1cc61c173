package org.migportal.web.operations;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.migportal.platform.control.DatabaseUnavailable;

/**
 * One log line per request: its id, method, path (without the query string, which may hold names searched for),
 * status, duration and the user's login name, nothing else about them. A failure is logged with the same id, which
 * the error page shows as the "Reference for support" and the API returns as the problem's {@code incident}. The
 * timing also goes to the {@code portal.requests} timer (MicroProfile Metrics) by kind of request.
 *
 * <p>A request listener rather than a filter: the container calls it around everything, so the line also covers
 * requests that the login sends to Keycloak or refuses before any filter runs, and is written after the error
 * page has set the status. The listener gets no response object: {@link #remember} is called with it by the
 * first of the portal's code to see it (the authentication mechanism, the security headers filter).
 */
@WebListener
public class RequestLog implements ServletRequestListener {

    /** The request attribute holding the request's id. */
    public static final String REQUEST_ID = "org.migportal.requestId";
    private static final String STARTED = "org.migportal.requestLog.started";
    private static final String RESPONSE = "org.migportal.requestLog.response";
    private static final Logger LOG = Logger.getLogger("org.migportal.request");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Inject
    MetricRegistry metrics;

    /** The id of the request this thread is serving, or {@code null} outside a request. */
    public static String currentId() {
        return CURRENT.get();
    }

    /** Lets the request's line say the status the response ended with. */
    public static void remember(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RESPONSE) == null) {
            request.setAttribute(RESPONSE, response);
        }
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String id = newId();
        event.getServletRequest().setAttribute(REQUEST_ID, id);
        event.getServletRequest().setAttribute(STARTED, System.nanoTime());
        CURRENT.set(id);
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
        if (!(event.getServletRequest() instanceof HttpServletRequest request)
                || !(request.getAttribute(STARTED) instanceof Long started)) {
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Object response = request.getAttribute(RESPONSE);
        int status = response instanceof HttpServletResponse r ? r.getStatus() : 0;
        String kind = kind(request);
        String user = request.getRemoteUser();
        String line = request.getAttribute(REQUEST_ID) + " " + request.getMethod() + " " + request.getRequestURI()
                + " " + (status == 0 ? "-" : Integer.toString(status)) + " " + took.toMillis() + "ms user="
                + (user == null ? "-" : user);
        time(kind, status, took);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && status >= 500) {
            LOG.log(Level.SEVERE, line + (DatabaseUnavailable.isCauseOf(t) ? " failed: the database cannot be reached" : " failed"), t);
        } else if (kind.equals("resource")) {
            LOG.fine(line);
        } else {
            LOG.info(line);
        }
    }

    private void time(String kind, int status, Duration took) {
        if (metrics == null) {
            return;
        }
        Tag tag = new Tag("kind", kind);
        metrics.timer(Metadata.builder().withName("portal.requests")
                .withDescription("Time to answer a request, by kind: page, api, resource (scripts, styles), login")
                .build(), tag).update(took);
        if (status >= 500) {
            metrics.counter(Metadata.builder().withName("portal.request.errors")
                    .withDescription("Requests answered with a server error (5xx), by kind").build(), tag).inc();
        }
    }

    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            return "api";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resource";
        }
        if (path.equals("/callback")) {
            return "login";
        }
        return "page";
    }

    /** 12 hex digits: short enough to read out on the telephone, unique enough for a day's log. */
    private static String newId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
