package org.migportal.web.api.forums;

import java.time.LocalDate;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;

/** A forum as a list shows it. */
public record ForumSummary(
        long id,
        String code,
        String name,
        CountryRef country,
        DistrictRef district,
        String marketSystem,
        ChangeArea changeArea,
        ForumStatus status,
        LocalDate establishedOn,
        long currentMembers) {

    static ForumSummary of(ForumRow row) {
        Forum forum = row.forum();
        return new ForumSummary(forum.getId(), forum.getCode(), forum.getName(), CountryRef.of(forum.getCountry()),
                DistrictRef.of(forum.getDistrict()), forum.getMarketSystem(), forum.getChangeArea(), forum.getStatus(),
                forum.getEstablishedOn(), row.currentMembers());
    }
}
