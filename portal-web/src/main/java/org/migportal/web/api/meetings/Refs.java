package org.migportal.web.api.meetings;

import org.migportal.forum.entity.Forum;

/** The forum a meeting body names (members: {@link org.migportal.web.api.members.MemberRef}). */
final class Refs {

    /** The forum of a meeting. */
    public record ForumRef(long id, String code, String name) {

        static ForumRef of(Forum forum) {
            return new ForumRef(forum.getId(), forum.getCode(), forum.getName());
        }
    }

    private Refs() {
    }
}
