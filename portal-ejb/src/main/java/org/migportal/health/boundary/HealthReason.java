package org.migportal.health.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Why a forum is flagged, as a text of the message bundle ({@code health.reason.*}) and its arguments,
 * so that every page and API client shows it as words in the reader's language, never as a code.
 */
public record HealthReason(String key, List<Serializable> arguments) implements Serializable {

    public HealthReason {
        arguments = List.copyOf(arguments);
    }

    public static HealthReason of(String key, Serializable... arguments) {
        return new HealthReason(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
