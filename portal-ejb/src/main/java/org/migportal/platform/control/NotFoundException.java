package org.migportal.platform.control;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or no longer exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends PortalException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
