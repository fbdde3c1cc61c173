package org.migportal.web.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The language a browser chose, kept in a cookie so that it outlives the session and the login. */
final class LanguageCookie {

    static final String NAME = "portal-lang";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private LanguageCookie() {
    }

    static Optional<PortalLanguage> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> PortalLanguage.ofCode(cookie.getValue()));
    }

    static void write(HttpServletRequest request, HttpServletResponse response, PortalLanguage language) {
        Cookie cookie = new Cookie(NAME, language.getCode());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
