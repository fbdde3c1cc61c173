package org.migportal.platform.control;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record since the caller loaded it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConflictException extends PortalException {

    public ConflictException(String what) {
        super("error.conflict", what);
    }
}
