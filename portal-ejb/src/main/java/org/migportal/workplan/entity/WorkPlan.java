package org.migportal.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A forum's plan for one period: its objectives and milestones are rows of their own that point here,
 * and so are the actions planned for the period.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends PortalEntity implements ForumOwned {

    public static final int TITLE_LENGTH = 150;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @NotNull
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on")
    private LocalDate endsOn;

    public WorkPlan() {
    }

    public WorkPlan(Forum forum, String title, LocalDate startsOn, LocalDate endsOn) {
        this.forum = forum;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @AssertTrue(message = "{workPlan.period}")
    public boolean isPeriodOrdered() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    /** Takes over what an edited copy says, except the forum, which a plan never changes. */
    public void takeDetailsFrom(WorkPlan edited) {
        title = edited.title;
        startsOn = edited.startsOn;
        endsOn = edited.endsOn;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Forum getForum() {
        return forum;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
