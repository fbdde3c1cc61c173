package org.migportal.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.migportal.meeting.control.MeetingAccess;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/** The adaptations a reflection meeting agreed, followed up until they are in the plan, done or dropped. */
@Stateless
@Guarded
public class Adaptations {

    private static final String ADAPTATION = "Adaptation";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingAccess access;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Adaptation> ofMeeting(long meetingId) {
        Meeting meeting = meeting(meetingId);
        access.requireRead(meeting.getForum());
        return em.createQuery("SELECT a FROM Adaptation a WHERE a.meeting = :meeting ORDER BY a.id", Adaptation.class)
                .setParameter("meeting", meeting)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Adaptation add(long meetingId, @NotNull @Size(min = 1, max = Adaptation.DESCRIPTION_LENGTH) String description) {
        Meeting meeting = meeting(meetingId);
        access.requireRecord(meeting.getForum(), ADAPTATION, "new");
        if (!meeting.isReflectionMeeting()) {
            throw new RuleViolation("adaptation.onlyReflection");
        }
        if (description.isBlank()) {
            throw new RuleViolation("adaptation.description.required");
        }
        Adaptation adaptation = new Adaptation(meeting, description.strip());
        em.persist(adaptation);
        em.flush();
        return adaptation;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Adaptation changeStatus(long id, long version, @NotNull AdaptationStatus status) {
        Adaptation adaptation = writable(id, version);
        adaptation.setStatus(status);
        em.flush();
        return adaptation;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public void delete(long id, long version) {
        em.remove(writable(id, version));
    }

    private Adaptation writable(long id, long version) {
        Adaptation adaptation = Optional.ofNullable(em.find(Adaptation.class, id))
                .orElseThrow(() -> new NotFoundException(ADAPTATION, id));
        access.requireRecord(adaptation.getMeeting().getForum(), ADAPTATION, id);
        if (adaptation.getVersion() != version) {
            throw new ConflictException(ADAPTATION);
        }
        return adaptation;
    }

    private Meeting meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).orElseThrow(() -> new NotFoundException("Meeting", id));
    }
}
