package org.migportal.web.api.members;

import java.time.LocalDate;
import java.util.Set;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.web.api.CountryRef;

/**
 * A member with the personal data the programme keeps, and whether they consented to it. Without
 * consent, only the officers of the member's country receive the personal fields; for anyone else
 * they are left out and {@code personalDataWithheld} is true.
 */
public record MemberDetails(
        long id,
        long version,
        String givenName,
        String familyName,
        Sex sex,
        Integer birthYear,
        Boolean youth,
        String phone,
        String email,
        boolean consentGiven,
        LocalDate consentDate,
        Set<MarginalisedGroup> marginalisedGroups,
        CountryRef country,
        ActorRef actor,
        boolean personalDataWithheld) {

    static MemberDetails of(Member member) {
        boolean withheld = member.isPersonalDataWithheld();
        return new MemberDetails(member.getId(), member.getVersion(), member.getGivenName(), member.getFamilyName(),
                member.getSex(), member.getBirthYear(), withheld ? null : member.isYouth(), member.getPhone(), member.getEmail(),
                member.isConsentGiven(), member.getConsentDate(), Set.copyOf(member.getMarginalisedGroups()),
                CountryRef.of(member.getCountry()), ActorRef.of(member.getActor()), withheld);
    }
}
