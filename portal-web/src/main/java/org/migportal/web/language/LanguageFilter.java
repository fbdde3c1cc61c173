package org.migportal.web.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header's language links: a GET with {@code ?lang=fr} remembers French in the cookie and sends the
 * browser back to the same address without the parameter, where {@link LanguageViewHandler} renders the
 * page in French. Plain links need no script (the Content-Security-Policy allows none inline) and work
 * from the keyboard. Only GETs are looked at, so that reading the parameter never consumes an upload.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PortalLanguage> chosen = "GET".equals(request.getMethod())
                ? PortalLanguage.ofCode(request.getParameter(PARAMETER)) : Optional.empty();
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LanguageCookie.write(request, response, chosen.get());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", withoutLanguage(request.getRequestURI(), request.getQueryString()));
    }

    /** The address without the {@code lang} parameter; a path starting "//" would leave the site, so it cannot. */
    static String withoutLanguage(String path, String query) {
        String local = "/" + path.replaceFirst("^/+", "");
        String rest = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals(PARAMETER) && !parameter.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? local : local + "?" + rest;
    }
}
