package org.migportal.web.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A new view's locale: the language the user chose in the header (the cookie), else the best match of the
 * browser's Accept-Language among faces-config's supported locales (Faces' own rule), else English.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        Locale locale = request instanceof HttpServletRequest http
                ? LanguageCookie.read(http).map(PortalLanguage::getLocale).orElseGet(() -> super.calculateLocale(context))
                : super.calculateLocale(context);
        // The browser's "ar" becomes the portal's Arabic (Western digits), as the header's choice does.
        return PortalLanguage.ofCode(locale.getLanguage()).map(PortalLanguage::getLocale).orElse(locale);
    }
}
