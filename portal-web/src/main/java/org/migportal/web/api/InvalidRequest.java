package org.migportal.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/** The request itself is malformed in a way Bean Validation does not express: answered with 400 and the field. */
public class InvalidRequest extends BadRequestException {

    private final transient Problem.FieldError fieldError;

    public InvalidRequest(String field, String message) {
        super(field + ": " + message);
        this.fieldError = new Problem.FieldError(field, message);
    }

    public List<Problem.FieldError> fieldErrors() {
        return List.of(fieldError);
    }

    /** Changes name the version they were made on (optimistic locking); a change without one is refused. */
    public static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidRequest("version", "must be the version of the record the change was made on");
        }
        return version;
    }
}
