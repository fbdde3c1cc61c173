package org.migportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a user asked for when the login began, so that {@link LoginCallback} takes them back to it: a link
 * in an e-mail or a bookmark opens the page it names, not the home page. (Soteria's own
 * {@code redirectToOriginalResource} cannot be used, see {@link PortalLogin}.)
 *
 * <p>Only a plain page request is remembered (a GET that is not an Ajax request); what is kept is a path in
 * this portal with its query, never a full URL, so the callback cannot be made to send anyone elsewhere.
 */
final class ReturnAfterLogin {

    private static final String ATTRIBUTE = ReturnAfterLogin.class.getName();

    private ReturnAfterLogin() {
    }

    /** Remembers the request's page in the session the login runs in. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Faces-Request") != null
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            return;
        }
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (!path.startsWith(context + "/") || path.startsWith(context + "/callback")) {
            return;
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered page, forgotten as it is read; the home page if there is none or it is not this portal's. */
    static String take(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session == null) {
            return home;
        }
        Object kept = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return kept instanceof String page && isLocal(page, request.getContextPath()) ? page : home;
    }

    /** A path under the context root, not {@code //host} or a scheme, and no line breaks for a header. */
    static boolean isLocal(String page, String contextPath) {
        return page.startsWith(contextPath + "/") && !page.startsWith("//") && !page.contains("\\")
                && page.chars().noneMatch(c -> c < 0x20);
    }
}
