package org.migportal.web.members;

import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.Member;
import org.migportal.web.faces.ListExport;

/**
 * The member list's columns for CSV and Excel, taken from the list's own search. A member whose
 * personal data is withheld from the caller (no consent) is exported as the list shows them.
 */
public final class MemberListExport {

    private MemberListExport() {
    }

    public static ListExport<Member> of(Members members, MemberFilter filter) {
        return ListExport.<Member>of("members", page -> members.search(filter, page))
                .column("field.familyName", member -> member.isPersonalDataWithheld()
                        ? new ListExport.Words("member.withheld.name") : member.getFamilyName())
                .column("field.givenName", Member::getGivenName)
                .column("field.actor", member -> member.getActor().getName())
                .column("field.actorType", member -> member.getActor().getActorType())
                .column("field.country", member -> member.getCountry().getName())
                .column("field.sex", Member::getSex)
                .column("field.birthYear", Member::getBirthYear)
                .column("field.youth", member -> member.isPersonalDataWithheld() ? null : member.isYouth())
                .column("field.marginalisedGroups", Member::getMarginalisedGroups)
                .column("field.phone", Member::getPhone)
                .column("field.email", Member::getEmail)
                .column("field.consent", Member::isConsentGiven)
                .column("export.consentDate", Member::getConsentDate);
    }
}
