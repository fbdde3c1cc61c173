package org.migportal.web.api.members;

import org.migportal.member.entity.Member;

/**
 * A member as other records name them (a seat, a meeting's chair, a commitment, a log's party): no
 * name when withheld from the caller (no consent; see {@link MemberDetails}).
 */
public record MemberRef(long id, String givenName, String familyName, boolean personalDataWithheld) {

    public static MemberRef of(Member member) {
        return member == null ? null
                : new MemberRef(member.getId(), member.getGivenName(), member.getFamilyName(),
                        member.isPersonalDataWithheld());
    }
}
