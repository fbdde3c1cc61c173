package org.migportal.web.health;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.ForumHealthRow;
import org.migportal.health.entity.ForumHealthResponse;
import org.migportal.health.entity.HealthResponse;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;

/**
 * The health section of a forum's page: its signals, why it is flagged, and what was decided about it;
 * the forum's country officers record a new response there.
 */
@Named
@ViewScoped
public class ForumHealthBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumHealth health;

    private Long forumId;
    private ForumHealthRow row;
    private List<ForumHealthResponse> responses = List.of();
    private boolean canRespond;

    private HealthResponse response;
    private String note;
    private LocalDate reviewOn;

    /** Runs after the forum page has loaded its forum, so the caller may read it. */
    public void load(Long forumId) {
        this.forumId = forumId;
        reload();
    }

    private void reload() {
        row = health.ofForum(forumId).orElse(null);
        responses = health.responses(forumId);
        canRespond = health.canRespond(forumId);
    }

    public void prepareResponse() {
        response = null;
        note = null;
        reviewOn = LocalDate.now().plusMonths(3);
    }

    public void recordResponse() {
        BoundaryCall.run(() -> {
            health.recordResponse(forumId, response, note, reviewOn);
            reload();
            Messages.info("health.response.recorded");
        });
    }

    public HealthResponse[] getResponseChoices() {
        return HealthResponse.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getForumId() {
        return forumId;
    }

    public ForumHealthRow getRow() {
        return row;
    }

    public List<ForumHealthResponse> getResponses() {
        return responses;
    }

    public boolean isCanRespond() {
        return canRespond;
    }

    public HealthResponse getResponse() {
        return response;
    }

    public void setResponse(HealthResponse response) {
        this.response = response;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }
}
