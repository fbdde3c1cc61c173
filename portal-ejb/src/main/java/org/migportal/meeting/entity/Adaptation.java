package org.migportal.meeting.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;
import org.migportal.workplan.entity.Action;

/**
 * A change to the forum's plans that a reflection meeting agreed. Until the work-plan exists it is a
 * follow-up item with a status; "in plan" marks the ones already taken into the plan.
 */
@Entity
public class Adaptation extends PortalEntity implements ForumOwned {

    public static final int DESCRIPTION_LENGTH = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AdaptationStatus status = AdaptationStatus.AGREED;

    /** The work-plan action this serves (for a commitment) or became or changed (for an adaptation). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;

    public Adaptation() {
    }

    public Adaptation(Meeting meeting, String description) {
        this.meeting = meeting;
        this.description = description;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDescription() {
        return description;
    }

    public AdaptationStatus getStatus() {
        return status;
    }

    public void setStatus(AdaptationStatus status) {
        this.status = status;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    @Override
    public Forum owningForum() {
        return meeting.getForum();
    }
}
