package org.migportal.security.control;

import jakarta.ejb.ApplicationException;
import org.migportal.platform.control.PortalException;

/** The caller's role or scope does not cover what they asked for. Carries no data of the target. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends PortalException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
