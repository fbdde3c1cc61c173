package org.migportal.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that is not JSON of the expected shape (a syntax error, a number in a text field, an
 * unknown enum value) is the client's mistake: 400, not the 500 that JSON-B's ProcessingException
 * would otherwise become. Only reading is caught here, so a failure to write an answer stays a 500.
 */
@Provider
public class UnreadableBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (ProcessingException | JsonbException unreadable) {
            throw new InvalidRequest("body", "is not JSON in the documented shape (check the field types and enum values)");
        }
    }
}
