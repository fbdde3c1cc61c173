package org.migportal.web.actors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.entity.MarketActor;
import org.migportal.platform.control.PortalException;
import org.migportal.web.faces.Messages;

/** A market actor in a picker, by id; loading it back goes through the boundary, so its scope check applies. */
@FacesConverter(value = "actorConverter", managed = true)
public class ActorConverter implements Converter<MarketActor> {

    @Inject
    MarketActors actors;

    @Override
    public MarketActor getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return actors.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | PortalException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("field.pickFromList"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MarketActor actor) {
        return actor == null || actor.getId() == null ? "" : actor.getId().toString();
    }
}
