package org.migportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.migportal.delivery.boundary.ReportSchedules;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.HealthFilter;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.web.faces.CallerBacking;

/** The home page: what the caller's scope holds, as counts that link to the lists. */
@Named
@RequestScoped
public class HomeBacking {

    /** Forums of one status in the caller's scope. */
    public record StatusCount(ForumStatus status, long count) {
    }

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    ReportSchedules schedules;

    @Inject
    ForumHealth health;

    @Inject
    CallerBacking caller;

    private List<StatusCount> forumsByStatus = List.of();
    private long forumTotal;
    private long memberTotal;
    private long actorTotal;
    private long failedDeliveries;
    private long forumsNeedingAttention;

    public void load() {
        if (caller.canEditAnything()) {
            failedDeliveries = schedules.failedCount();
        }
        if (!caller.canReadForums()) {
            return;
        }
        forumsByStatus = Arrays.stream(ForumStatus.values())
                .map(status -> new StatusCount(status, forums.count(withStatus(status))))
                .toList();
        forumTotal = forumsByStatus.stream().mapToLong(StatusCount::count).sum();
        memberTotal = members.count(MemberFilter.none());
        if (caller.canReadActors()) {
            actorTotal = actors.count(ActorFilter.none());
        }
        if (caller.canReadHealth()) {
            forumsNeedingAttention = health.count(new HealthFilter(null, true, null));
        }
    }

    private static ForumFilter withStatus(ForumStatus status) {
        return new ForumFilter(null, null, null, status, (ChangeArea) null, null);
    }

    public List<StatusCount> getForumsByStatus() {
        return forumsByStatus;
    }

    public long getForumTotal() {
        return forumTotal;
    }

    public long getMemberTotal() {
        return memberTotal;
    }

    /** E-mails of report schedules that were given up after their retries (a notice for admins and officers). */
    public long getFailedDeliveries() {
        return failedDeliveries;
    }

    public long getActorTotal() {
        return actorTotal;
    }

    public long getForumsNeedingAttention() {
        return forumsNeedingAttention;
    }
}
