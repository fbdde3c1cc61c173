package org.migportal.forum.boundary;

import java.io.Serializable;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.ForumStatus;

/** The filters of the forum list; any of them may be null (no filter). */
public record ForumFilter(
        @Size(max = 2) String countryIso,
        Long districtId,
        @Size(max = 80) String marketSystem,
        ForumStatus status,
        ChangeArea changeArea,
        @Size(max = 100) String text) implements Serializable {

    public static ForumFilter none() {
        return new ForumFilter(null, null, null, null, null, null);
    }

    public ForumFilter withCountry(String iso) {
        return new ForumFilter(iso, districtId, marketSystem, status, changeArea, text);
    }
}
