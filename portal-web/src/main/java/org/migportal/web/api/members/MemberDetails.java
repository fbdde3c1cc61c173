package org.migportal.web.api.members;

import java.time.LocalDate;
import java.util.Set;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.web.api.CountryRef;

/** A member with the personal data the programme keeps, and whether they consented to it. */
public record MemberDetails(
        long id,
        long version,
        String givenName,
        String familyName,
        Sex sex,
        Integer birthYear,
        boolean youth,
        String phone,
        String email,
        boolean consentGiven,
        LocalDate consentDate,
        Set<MarginalisedGroup> marginalisedGroups,
        CountryRef country,
        ActorRef actor) {

    static MemberDetails of(Member member) {
        return new MemberDetails(member.getId(), member.getVersion(), member.getGivenName(), member.getFamilyName(),
                member.getSex(), member.getBirthYear(), member.isYouth(), member.getPhone(), member.getEmail(),
                member.isConsentGiven(), member.getConsentDate(), Set.copyOf(member.getMarginalisedGroups()),
                CountryRef.of(member.getCountry()), ActorRef.of(member.getActor()));
    }
}
