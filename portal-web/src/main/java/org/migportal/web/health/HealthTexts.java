package org.migportal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import org.migportal.health.boundary.HealthReason;
import org.migportal.web.faces.Messages;

/** The reasons a forum is flagged, as sentences in the reader's language (the API's in English). */
@Named
@ApplicationScoped
public class HealthTexts {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.migportal.web.i18n.messages", Locale.ENGLISH);

    public String reason(HealthReason reason) {
        return Messages.text(reason.key(), reason.argumentArray());
    }

    public static String inEnglish(HealthReason reason) {
        return Messages.format(ENGLISH, Locale.ENGLISH, reason.key(), reason.argumentArray());
    }
}
