package org.migportal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.DatabaseUnavailable;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PortalException;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.Messages;
import org.migportal.web.operations.RequestLog;

/**
 * Turns every exception that leaves a resource into a {@link Problem}: the one place that decides the
 * API's status codes. The boundaries' exceptions may arrive as they are (application exceptions) or
 * wrapped in an {@link EJBException} (Bean Validation, optimistic locking at commit); the first
 * exception in the cause chain that is known here decides. A database that cannot be reached is 503 with
 * "try again" and a {@code Retry-After}. Anything else is a bug: 500, logged with an incident id (the
 * request's id in the request log) that the answer names, and nothing of the exception in the answer.
 *
 * <p>Several mappers because JAX-RS picks the mapper of the nearest exception type, and Jersey brings
 * its own for {@code ValidationException} and {@code EJBException} that answer in other shapes.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final int UNPROCESSABLE = 422;
    private static final int UNAVAILABLE = 503;
    private static final int RETRY_AFTER_SECONDS = 5;
    /** English texts for the API; clients localise from {@code messageKey} and {@code arguments}. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.migportal.web.i18n.messages", Locale.ENGLISH);

    private ProblemMappers() {
    }

    @Provider
    public static class ForAnything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            return response(thrown);
        }
    }

    @Provider
    public static class ForInvalidFields implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException thrown) {
            return response(thrown);
        }
    }

    @Provider
    public static class ForEjbCalls implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException thrown) {
            return response(thrown);
        }
    }

    @Provider
    public static class ForEjbRoleRefusals implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException thrown) {
            return response(thrown);
        }
    }

    static Response response(Throwable thrown) {
        Problem problem = problem(thrown);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == UNAVAILABLE) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static Problem problem(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem known = known(t);
            if (known != null) {
                return known;
            }
        }
        String incident = incident();
        if (DatabaseUnavailable.isCauseOf(thrown)) {
            LOG.warning(() -> "API request " + incident + " failed: the database cannot be reached (" + thrown + ")");
            return Problem.of(UNAVAILABLE, "Service Unavailable",
                    "The database cannot be reached just now. Please try again in a moment.").withIncident(incident);
        }
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, thrown);
        return Problem.of(500, "Internal Server Error", "The request failed. The failure was logged as incident "
                + incident + ".").withIncident(incident);
    }

    private static String incident() {
        String id = RequestLog.currentId();
        return id != null ? id : UUID.randomUUID().toString();
    }

    private static Problem known(Throwable t) {
        if (t instanceof InvalidRequest invalid) {
            return Problem.of(400, "Bad Request", "The request is not valid.").withFieldErrors(invalid.fieldErrors());
        }
        if (t instanceof ConstraintViolationException invalid) {
            return Problem.of(400, "Bad Request", "Some fields of the request are not valid.")
                    .withFieldErrors(fieldErrors(invalid));
        }
        if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
            return keyed(403, "Forbidden", "error.accessDenied");
        }
        if (t instanceof NotFoundException notFound) {
            return keyed(404, "Not Found", notFound.getMessageKey(), notFound.getArguments());
        }
        if (t instanceof ConflictException conflict) {
            return keyed(409, "Conflict", conflict.getMessageKey(), conflict.getArguments());
        }
        if (isOptimisticLock(t)) {
            return keyed(409, "Conflict", "error.conflict", "record");
        }
        if (t instanceof PortalException rule) {
            return keyed(UNPROCESSABLE, "Unprocessable Content", rule.getMessageKey(), rule.getArguments());
        }
        if (t instanceof WebApplicationException web) {
            return webProblem(web);
        }
        return null;
    }

    private static Problem keyed(int status, String title, String key, Object... arguments) {
        return Problem.of(status, title, Messages.format(TEXTS, Locale.ENGLISH, key, arguments))
                .withKey(key, List.of(arguments));
    }

    /** JAX-RS's own refusals: no such path, method not allowed, unreadable body, unsupported media type. */
    private static Problem webProblem(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (isJerseyParameterFailure(web)) {
            // JAX-RS answers 404 for a query parameter it cannot convert (e.g. size=ten); for a client that is a bad request.
            return Problem.of(400, "Bad Request", "A query or path parameter has a value of the wrong type.");
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request could not be read; check that the body is JSON in the documented shape.";
            case 404 -> "There is no such resource. The OpenAPI document at /openapi lists the API.";
            case 405 -> "This resource does not support the method.";
            case 406 -> "The API answers in JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> title;
        };
        return Problem.of(status, title, detail);
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    /**
     * The name the client knows: {@code create.forum.code} (method, parameter, property) becomes
     * {@code code}, a query parameter {@code list.size} becomes {@code size}.
     */
    static String field(Path path) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? path.toString() : parameter;
    }

    private static boolean isOptimisticLock(Throwable t) {
        // EclipseLink raises its own exception of that name when the conflict surfaces at commit.
        return t instanceof OptimisticLockException
                || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException");
    }

    private static boolean isJerseyParameterFailure(WebApplicationException web) {
        return web.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException");
    }
}
