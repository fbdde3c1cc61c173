package org.migportal.web.api.forums;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.MeetingFrequency;
import org.migportal.geography.entity.District;

/**
 * A new forum, or a forum's changed details. The forum entity validates the fields.
 *
 * @param version for a change: the version it was made on (from {@link ForumDetails#version()}); ignored when creating
 */
public record ForumRequest(
        Long version,
        String code,
        String name,
        @NotNull Long districtId,
        String marketSystem,
        String vision,
        ChangeArea changeArea,
        LocalDate establishedOn,
        String meetingPlace,
        MeetingFrequency meetingFrequency) {

    void applyTo(Forum forum, District district) {
        forum.setCode(code);
        forum.setName(name);
        forum.setDistrict(district);
        forum.setMarketSystem(marketSystem);
        forum.setVision(vision);
        forum.setChangeArea(changeArea);
        forum.setEstablishedOn(establishedOn);
        forum.setMeetingPlace(meetingPlace);
        forum.setMeetingFrequency(meetingFrequency);
    }
}
