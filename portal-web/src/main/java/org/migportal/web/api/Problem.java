package org.migportal.web.api;

import java.util.List;

/**
 * Why the API refused or failed a request, in the shape of RFC 9457 problem details. A refusal by a
 * business rule names its {@code messageKey} and {@code arguments}, so that a client can show it in
 * its own words; {@code detail} has it in English. Never carries a stack trace or exception text.
 *
 * @param fieldErrors the fields of the request that are invalid (400)
 * @param incident    for 500: the id under which the failure was logged
 */
public record Problem(
        int status,
        String title,
        String detail,
        String messageKey,
        List<Object> arguments,
        List<FieldError> fieldErrors,
        String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its name in the request (a query parameter or a field of the body). */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null, null, null, null);
    }

    public Problem withKey(String key, List<Object> keyArguments) {
        return new Problem(status, title, detail, key, keyArguments.isEmpty() ? null : keyArguments, fieldErrors, incident);
    }

    public Problem withFieldErrors(List<FieldError> errors) {
        return new Problem(status, title, detail, messageKey, arguments, errors, incident);
    }

    public Problem withIncident(String id) {
        return new Problem(status, title, detail, messageKey, arguments, fieldErrors, id);
    }
}
