package org.migportal.web.api.forums;

import java.time.LocalDate;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.forum.entity.MeetingFrequency;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;

/** A forum with all its details; {@code version} is what a change must name. */
public record ForumDetails(
        long id,
        long version,
        String code,
        String name,
        CountryRef country,
        DistrictRef district,
        String marketSystem,
        String vision,
        ChangeArea changeArea,
        LocalDate establishedOn,
        String meetingPlace,
        MeetingFrequency meetingFrequency,
        ForumStatus status,
        LocalDate statusChangedOn,
        String lessonsLearned) {

    static ForumDetails of(Forum forum) {
        return new ForumDetails(forum.getId(), forum.getVersion(), forum.getCode(), forum.getName(),
                CountryRef.of(forum.getCountry()), DistrictRef.of(forum.getDistrict()), forum.getMarketSystem(),
                forum.getVision(), forum.getChangeArea(), forum.getEstablishedOn(), forum.getMeetingPlace(),
                forum.getMeetingFrequency(), forum.getStatus(), forum.getStatusChangedOn(), forum.getLessonsLearned());
    }
}
