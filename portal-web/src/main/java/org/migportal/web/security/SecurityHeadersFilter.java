package org.migportal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.migportal.web.operations.RequestLog;

/**
 * Puts the browser security headers on every response (OWASP ASVS 5.0 V3.4): a Content-Security-Policy,
 * {@code X-Content-Type-Options}, {@code Referrer-Policy} and {@code X-Frame-Options}.
 *
 * <p>The policy is the context parameter {@code primefaces.CSP_POLICY}, so there is one policy in one
 * place (web.xml). On Faces pages PrimeFaces' CSP mode appends a fresh {@code 'nonce-…'} to it (its
 * last directive is {@code script-src}) and nonces its own scripts and event handlers; such a header
 * replaces the one set here instead of being added beside it, because two policies are both enforced
 * and this one, without the nonce, would block the page's scripts. Every other response (resources,
 * redirects, the login callback) keeps the policy as it is, without a nonce: no inline script runs.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        policy = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("Context parameter " + POLICY_PARAMETER + " (the Content-Security-Policy) is missing");
        }
        policy = policy.strip().replaceAll("\\s+", " ") + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestLog.remember(request, response);
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // Older browsers ignore frame-ancestors; the policy says the same.
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Turns a second Content-Security-Policy (PrimeFaces' nonced one) into a replacement of the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
