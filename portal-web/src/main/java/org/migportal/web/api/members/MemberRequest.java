package org.migportal.web.api.members;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;

/**
 * A new member, or a member's changed details. The member entity validates the fields.
 *
 * @param version      for a change: the version it was made on; ignored when creating
 * @param consentGiven whether the person agreed to the programme keeping their data; the date is recorded.
 *                     Required, so that a change that leaves it out never withdraws consent by accident
 */
public record MemberRequest(
        Long version,
        @NotNull Long actorId,
        String givenName,
        String familyName,
        Sex sex,
        Integer birthYear,
        String phone,
        String email,
        @NotNull Boolean consentGiven,
        Set<MarginalisedGroup> marginalisedGroups) {

    void applyTo(Member member, MarketActor actor) {
        member.setActor(actor);
        member.setGivenName(givenName);
        member.setFamilyName(familyName);
        member.setSex(sex);
        member.setBirthYear(birthYear);
        member.setPhone(phone);
        member.setEmail(email);
        member.setConsentGiven(consentGiven);
        member.setMarginalisedGroups(marginalisedGroups);
    }
}
