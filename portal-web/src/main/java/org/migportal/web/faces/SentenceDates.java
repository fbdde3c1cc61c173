package org.migportal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A day as a sentence shows it ("14 March 2024" in the user's language), for the parameters of
 * {@code h:outputFormat}, which take no converter.
 */
@Named
@ApplicationScoped
public class SentenceDates {

    public String of(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(day);
    }
}
