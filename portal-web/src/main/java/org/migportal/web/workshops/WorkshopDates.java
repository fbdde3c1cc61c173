package org.migportal.web.workshops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A workshop's day as a sentence shows it ("14 March 2024" in the user's language), for message
 * parameters, which take no converter.
 */
@Named
@ApplicationScoped
public class WorkshopDates {

    public String of(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(day);
    }
}
