package org.migportal.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Gives an error page its HTTP status. The container answers an exception mapped to an error page
 * with 500; a refused or missing record must answer 403 or 404 (an Ajax request renders the same
 * page into the current one through OmniFaces' FullAjaxExceptionHandler and keeps its status).
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    public void respond(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!context.getPartialViewContext().isAjaxRequest() && !external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
    }
}
