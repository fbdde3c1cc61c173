package org.migportal.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.migportal.platform.control.PortalException;

/**
 * Messages for the user, in their language, from the {@code msg} bundle. A boundary's refusal
 * ({@link PortalException}, or Bean Validation violations wrapped in an {@code EJBException}) becomes a
 * global error message; anything else is a bug and goes on to the error page.
 */
public final class Messages {

    /** Arguments naming an entity ("Forum") are shown by their label ({@code entity.Forum}). */
    private static final String ENTITY_PREFIX = "entity.";

    /** The portal's Bean Validation texts (portal-ejb), with their translations. */
    private static final String VALIDATION_MESSAGES = "ValidationMessages";

    private Messages() {
    }

    /** The bundle text for the key, formatted with the arguments; the key itself if it is missing. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return format(bundle(context), context.getViewRoot().getLocale(), key, arguments);
    }

    /** The same outside Faces (the REST API's problem texts): a bundle and a locale of the caller's choice. */
    public static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = Arrays.stream(arguments).map(argument -> shown(bundle, locale, argument)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An information message that survives the redirect after a successful POST. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** A refusal the user can act on, that also survives a redirect (e.g. to the view page). */
    public static void flashError(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows why a boundary call was refused and marks the request as failed, so that a dialog stays
     * open with the user's input. Rethrows what is not a refusal meant for the user.
     */
    public static void error(RuntimeException refusal) {
        if (refusal instanceof PortalException portal) {
            add(FacesMessage.SEVERITY_ERROR, text(portal.getMessageKey(), portal.getArguments()));
        } else if (cause(refusal, ConstraintViolationException.class) instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                add(FacesMessage.SEVERITY_ERROR, inViewLanguage(violation));
            }
        } else if (cause(refusal, PortalException.class) instanceof PortalException portal) {
            add(FacesMessage.SEVERITY_ERROR, text(portal.getMessageKey(), portal.getArguments()));
        } else if (cause(refusal, EJBAccessException.class) != null) {
            add(FacesMessage.SEVERITY_ERROR, text("error.accessDenied"));
        } else if (cause(refusal, OptimisticLockException.class) != null) {
            add(FacesMessage.SEVERITY_ERROR, text("error.conflict", "record"));
        } else {
            throw refusal;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Marks the request as failed without a message, for a page that shows the reason itself. */
    public static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    /**
     * A violation found in the EJB tier was interpolated in the server's language; the portal's own
     * constraints ({@code {membership.dates}}, from ValidationMessages) are shown in the view's instead.
     */
    private static String inViewLanguage(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            ResourceBundle portal = ResourceBundle.getBundle(VALIDATION_MESSAGES,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale(), Messages.class.getClassLoader());
            if (portal.containsKey(key)) {
                return portal.getString(key);
            }
        }
        return violation.getMessage();
    }

    private static Object shown(ResourceBundle bundle, Locale locale, Object argument) {
        if (argument instanceof LocalDate day) {
            // MessageFormat knows no java.time: a day in a sentence reads as the pages show days ("Jul 18, 2026").
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
        }
        if (argument instanceof Enum<?> constant) {
            return Labels.label(bundle, constant);
        }
        if (argument instanceof String name && bundle.containsKey(ENTITY_PREFIX + name)) {
            return bundle.getString(ENTITY_PREFIX + name);
        }
        return argument;
    }

    private static Throwable cause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    public static ResourceBundle bundle(FacesContext context) {
        return context.getApplication().getResourceBundle(context, "msg");
    }
}
