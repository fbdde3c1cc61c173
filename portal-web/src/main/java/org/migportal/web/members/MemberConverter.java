package org.migportal.web.members;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.PortalException;
import org.migportal.web.faces.Messages;

/** A member in a picker, by id; loading it back goes through the boundary, so its scope check applies. */
@FacesConverter(value = "memberConverter", managed = true)
public class MemberConverter implements Converter<Member> {

    @Inject
    Members members;

    @Override
    public Member getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return members.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | PortalException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("field.pickFromList"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Member member) {
        return member == null || member.getId() == null ? "" : member.getId().toString();
    }
}
