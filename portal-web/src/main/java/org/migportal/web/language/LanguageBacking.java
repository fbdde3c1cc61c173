package org.migportal.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The header's language links: each language by its own name, pointing at this page in that language. */
@Named
@RequestScoped
public class LanguageBacking {

    public List<PortalLanguage> getLanguages() {
        return List.of(PortalLanguage.values());
    }

    public boolean isCurrent(PortalLanguage language) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null && language.getCode().equals(context.getViewRoot().getLocale().getLanguage());
    }

    /** This page's address (the one the browser asked for, also behind an error page) with {@code lang}. */
    public String href(PortalLanguage language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // Extensionless URLs and error pages are forwards: the browser's address is the original one.
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom == null && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return LanguageFilter.withoutLanguage((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), null)
                    + "?" + LanguageFilter.PARAMETER + "=" + language.getCode();
        }
        String path = forwardedFrom != null ? (String) forwardedFrom : request.getRequestURI();
        String query = forwardedFrom != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String kept = LanguageFilter.withoutLanguage(path, query);
        return kept + (kept.contains("?") ? "&" : "?") + LanguageFilter.PARAMETER + "=" + language.getCode();
    }
}
