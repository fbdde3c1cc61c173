package org.migportal.member.boundary;

import java.io.Serializable;
import jakarta.validation.constraints.Size;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.Sex;

/** The filters of the member list; null means no filter. */
public record MemberFilter(
        @Size(max = 2) String countryIso,
        Long forumId,
        ActorType actorType,
        Sex sex,
        Boolean youth,
        Boolean marginalised,
        @Size(max = 100) String text) implements Serializable {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null, null, null);
    }

    public MemberFilter countryIs(String iso) {
        return new MemberFilter(iso, forumId, actorType, sex, youth, marginalised, text);
    }

    public MemberFilter youthIs(Boolean value) {
        return new MemberFilter(countryIso, forumId, actorType, sex, value, marginalised, text);
    }

    public MemberFilter marginalisedIs(Boolean value) {
        return new MemberFilter(countryIso, forumId, actorType, sex, youth, value, text);
    }

}
