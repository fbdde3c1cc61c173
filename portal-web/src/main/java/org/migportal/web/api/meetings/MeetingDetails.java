package org.migportal.web.api.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.web.api.meetings.Refs.ForumRef;
import org.migportal.web.api.members.MemberRef;

/** A meeting with its minutes, decisions and (a reflection's) sections. */
public record MeetingDetails(
        long id,
        long version,
        ForumRef forum,
        MeetingKind kind,
        LocalDate heldOn,
        LocalTime startsAt,
        String place,
        MemberRef chairedBy,
        MemberRef minutesBy,
        String minutes,
        String decisions,
        String externalGuests,
        ReflectionBody reflection) {

    static MeetingDetails of(Meeting m) {
        return new MeetingDetails(m.getId(), m.getVersion(), ForumRef.of(m.getForum()), m.getKind(), m.getHeldOn(),
                m.getStartsAt(), m.getPlace(), MemberRef.of(m.getChairedBy()), MemberRef.of(m.getMinutesBy()),
                m.getMinutes(), m.getDecisions(), m.getExternalGuests(), ReflectionBody.of(m.getReflection()));
    }
}
