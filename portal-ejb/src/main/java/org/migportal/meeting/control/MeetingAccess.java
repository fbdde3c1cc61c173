package org.migportal.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.migportal.forum.entity.Forum;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Roles;

/**
 * Who may record a forum's meetings: those who may change the forum's country (admins, its country
 * officers) and the forum's own secretary, whose token names the forum. Nobody records for a closed forum.
 */
@Dependent
public class MeetingAccess {

    @Inject
    AccessGuard guard;

    public void requireRead(Forum forum) {
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forum.getId());
    }

    public boolean canRecord(Forum forum) {
        return !forum.isClosed() && mayRecord(forum);
    }

    /** Refuses a caller who may not record for the forum, then a closed forum (its records are history). */
    public void requireRecord(Forum forum, String what, Object id) {
        requireRead(forum);
        if (!mayRecord(forum)) {
            throw guard.deny("change", what, id);
        }
        forum.requireOpen();
    }

    private boolean mayRecord(Forum forum) {
        Caller caller = guard.caller();
        return guard.canWrite(forum.getCountry())
                || (caller.hasRole(Roles.FORUM_SECRETARY) && caller.forums().contains(forum.getCode()));
    }
}
