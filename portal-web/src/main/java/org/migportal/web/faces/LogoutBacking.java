package org.migportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Logs the caller out of the portal; the OpenID Connect mechanism also ends the Keycloak session. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException, IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (response.isCommitted() || response.containsHeader("Location")) {
            // the mechanism already sends the browser to Keycloak's logout, which comes back to "/"
            context.responseComplete();
        } else {
            external.redirect(external.getRequestContextPath() + "/");
        }
    }
}
