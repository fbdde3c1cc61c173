package org.migportal.web.api.meetings;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.meeting.entity.Reflection;
import org.migportal.member.entity.Member;

/** A meeting to create, or every field of one to replace (with the version it was read at). The entity validates the fields. */
public record MeetingRequest(
        Long version,
        @NotNull Long forumId,
        @NotNull MeetingKind kind,
        @NotNull LocalDate heldOn,
        LocalTime startsAt,
        String place,
        Long chairedById,
        Long minutesById,
        String minutes,
        String decisions,
        String externalGuests,
        ReflectionBody reflection) {

    /** The fields onto a meeting (a new one of the forum if null); the boundary checks the members belong to it. */
    Meeting applyTo(Meeting meeting, Forum forum, Member chair, Member minuteTaker) {
        Meeting edited = meeting == null ? new Meeting(forum, kind, heldOn) : meeting;
        edited.setKind(kind);
        edited.setHeldOn(heldOn);
        edited.setStartsAt(startsAt);
        edited.setPlace(place);
        edited.setChairedBy(chair);
        edited.setMinutesBy(minuteTaker);
        edited.setMinutes(minutes);
        edited.setDecisions(decisions);
        edited.setExternalGuests(externalGuests);
        edited.setReflection(reflection == null ? new Reflection() : reflection.toReflection());
        return edited;
    }
}
