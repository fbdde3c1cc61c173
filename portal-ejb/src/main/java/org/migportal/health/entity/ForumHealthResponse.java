package org.migportal.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.control.RuleViolation;
import org.migportal.platform.entity.PortalEntity;

/**
 * What the country officer will do about a flagged forum, with a note, who decided it and when, and
 * the day they will look at the forum again.
 */
@Entity
@Table(name = "forum_health_response")
@NamedQuery(name = ForumHealthResponse.OF_FORUM, query = """
        SELECT r FROM ForumHealthResponse r WHERE r.forum = :forum ORDER BY r.recordedOn DESC, r.id DESC""")
public class ForumHealthResponse extends PortalEntity implements ForumOwned {

    public static final String OF_FORUM = "ForumHealthResponse.ofForum";
    public static final int NOTE_LENGTH = 2000;
    public static final int RECORDED_BY_LENGTH = 150;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HealthResponse response;

    @Size(max = NOTE_LENGTH)
    private String note;

    @NotBlank
    @Size(max = RECORDED_BY_LENGTH)
    @Column(name = "recorded_by")
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    public ForumHealthResponse() {
    }

    /** A review date, if given, is on or after the day of the response. */
    public ForumHealthResponse(Forum forum, HealthResponse response, String note, String recordedBy,
            LocalDate recordedOn, LocalDate reviewOn) {
        if (reviewOn != null && reviewOn.isBefore(recordedOn)) {
            throw new RuleViolation("health.response.reviewBeforeToday");
        }
        this.forum = forum;
        this.response = response;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
        this.reviewOn = reviewOn;
    }

    public Forum getForum() {
        return forum;
    }

    public HealthResponse getResponse() {
        return response;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    /** Whether the review day has come (and nobody responded since: the page shows the latest only). */
    public boolean isReviewDueOn(LocalDate day) {
        return reviewOn != null && !reviewOn.isAfter(day);
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
