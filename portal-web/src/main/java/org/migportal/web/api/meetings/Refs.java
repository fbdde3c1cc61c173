package org.migportal.web.api.meetings;

import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;

/** The forum and members a meeting body names. */
final class Refs {

    /** The forum of a meeting. */
    public record ForumRef(long id, String code, String name) {

        static ForumRef of(Forum forum) {
            return new ForumRef(forum.getId(), forum.getCode(), forum.getName());
        }
    }

    /** A member named by a meeting or commitment. */
    public record MemberRef(long id, String givenName, String familyName) {

        static MemberRef of(Member member) {
            return member == null ? null : new MemberRef(member.getId(), member.getGivenName(), member.getFamilyName());
        }
    }

    private Refs() {
    }
}
