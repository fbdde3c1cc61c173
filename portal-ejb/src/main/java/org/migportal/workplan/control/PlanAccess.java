package org.migportal.workplan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.migportal.forum.entity.Forum;
import org.migportal.security.control.AccessGuard;

/**
 * Who may plan a forum's work: those who may change the forum's country (admins, its country
 * officers). Regional managers and the forum's secretary read the plan. A closed forum's plan is history.
 */
@Dependent
public class PlanAccess {

    @Inject
    AccessGuard guard;

    public void requireRead(Forum forum) {
        guard.requireReadForum(forum.getCode(), forum.getCountry(), forum.getId());
    }

    public boolean canPlan(Forum forum) {
        return !forum.isClosed() && guard.canWrite(forum.getCountry());
    }

    /** Refuses a caller who may not plan for the forum, then a closed forum. */
    public void requirePlan(Forum forum, String what, Object id) {
        requireRead(forum);
        guard.requireWrite(forum.getCountry(), what, id);
        forum.requireOpen();
    }
}
