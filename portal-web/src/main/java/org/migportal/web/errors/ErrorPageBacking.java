package org.migportal.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.migportal.platform.control.DatabaseUnavailable;
import org.migportal.web.operations.RequestLog;

/**
 * Gives an error page its HTTP status, the request's id (the reference under which the failure is logged, see
 * {@link RequestLog}), and tells a database outage (503, "try again") from a fault (500).
 *
 * <p>The container answers an exception mapped to an error page with 500; a refused or missing record must answer 403 or 404 (an Ajax request renders the same
 * page into the current one through OmniFaces' FullAjaxExceptionHandler and keeps its status).
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    /** The error page's own status: 503 while the database cannot be reached, else 500. */
    public void respondToFailure() {
        respond(isDatabaseUnavailable() ? 503 : 500);
    }

    public boolean isDatabaseUnavailable() {
        Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        return failure instanceof Throwable t && DatabaseUnavailable.isCauseOf(t);
    }

    /** The id under which the request, and its failure, are in the log. */
    public String getReference() {
        Object id = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RequestLog.REQUEST_ID);
        return id == null ? null : id.toString();
    }

    public void respond(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!context.getPartialViewContext().isAjaxRequest() && !external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
    }
}
