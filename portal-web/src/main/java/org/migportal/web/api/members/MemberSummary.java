package org.migportal.web.api.members;

import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.web.api.CountryRef;

/**
 * A member as a list shows it: no contact details or birth year, only what the list filters by; the
 * personal fields left out when withheld from the caller (see {@link MemberDetails}).
 */
public record MemberSummary(
        long id,
        String givenName,
        String familyName,
        Sex sex,
        Boolean youth,
        Boolean marginalised,
        CountryRef country,
        ActorRef actor,
        boolean personalDataWithheld) {

    static MemberSummary of(Member member) {
        boolean withheld = member.isPersonalDataWithheld();
        return new MemberSummary(member.getId(), member.getGivenName(), member.getFamilyName(), member.getSex(),
                withheld ? null : member.isYouth(), withheld ? null : member.isMarginalised(),
                CountryRef.of(member.getCountry()), ActorRef.of(member.getActor()), withheld);
    }
}
