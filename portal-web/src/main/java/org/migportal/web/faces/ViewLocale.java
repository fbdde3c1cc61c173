package org.migportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;

/** The view's language and writing direction, for {@code <html lang dir>} and PrimeFaces' {@code primefaces.DIR}. */
@Named
@RequestScoped
public class ViewLocale {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    public String getLanguage() {
        return locale().getLanguage();
    }

    public String getDirection() {
        return RIGHT_TO_LEFT.contains(getLanguage()) ? "rtl" : "ltr";
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? context.getApplication().getDefaultLocale() : context.getViewRoot().getLocale();
    }
}
