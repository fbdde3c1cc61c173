package org.migportal.web.forums;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.platform.control.PortalException;
import org.migportal.web.faces.Messages;

/** A forum in a picker, by id; loading it back goes through the boundary, so its scope check applies. */
@FacesConverter(value = "forumConverter", managed = true)
public class ForumConverter implements Converter<Forum> {

    @Inject
    Forums forums;

    @Override
    public Forum getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return forums.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | PortalException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("field.pickFromList"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Forum forum) {
        return forum == null || forum.getId() == null ? "" : forum.getId().toString();
    }
}
