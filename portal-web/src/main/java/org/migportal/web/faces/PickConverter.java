package org.migportal.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Writes a {@link Pick} as {@code id:label} and reads it back. Only the id is ever acted on, and
 * always through a boundary, which checks the caller's scope; the label is just what was shown.
 */
@FacesConverter("pick")
public class PickConverter implements Converter<Pick> {

    @Override
    public Pick getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(colon < 0 ? value.strip() : value.substring(0, colon).strip());
            return new Pick(id, colon < 0 ? "" : value.substring(colon + 1));
        } catch (NumberFormatException notAPick) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("field.pickFromList"), null), notAPick);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Pick pick) {
        return pick == null ? "" : pick.id() + ":" + pick.label();
    }
}
