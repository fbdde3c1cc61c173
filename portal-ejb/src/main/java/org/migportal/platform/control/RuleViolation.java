package org.migportal.platform.control;

import jakarta.ejb.ApplicationException;

/** A domain rule refused the change, e.g. closing a forum without its lessons learned. */
@ApplicationException(rollback = true)
public class RuleViolation extends PortalException {

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
