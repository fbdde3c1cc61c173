package org.migportal.web.api.members;

import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.web.api.CountryRef;

/** A member as a list shows it: no contact details or birth year, only what the list filters by. */
public record MemberSummary(
        long id,
        String givenName,
        String familyName,
        Sex sex,
        boolean youth,
        boolean marginalised,
        CountryRef country,
        ActorRef actor) {

    static MemberSummary of(Member member) {
        return new MemberSummary(member.getId(), member.getGivenName(), member.getFamilyName(), member.getSex(),
                member.isYouth(), member.isMarginalised(), CountryRef.of(member.getCountry()), ActorRef.of(member.getActor()));
    }
}
