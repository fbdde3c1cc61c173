package org.migportal.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user should read: carries a resource-bundle key and its arguments, so that pages
 * and the API show it in the user's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
