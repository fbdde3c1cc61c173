package org.migportal.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.migportal.meeting.boundary.ForumMeetingSummary;
import org.migportal.meeting.boundary.Meetings;

/**
 * The meetings section of a forum's page: latest meetings, the year's attendance rate and the overdue
 * commitments. Loaded once per view for the forum the page shows.
 */
@Named
@ViewScoped
public class ForumMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    private Long forumId;
    private ForumMeetingSummary summary;
    private boolean recordable;

    public ForumMeetingSummary summary(Long forum) {
        load(forum);
        return summary;
    }

    public boolean recordable(Long forum) {
        load(forum);
        return recordable;
    }

    private void load(Long forum) {
        if (forum != null && !forum.equals(forumId)) {
            summary = meetings.summary(forum);
            recordable = meetings.canRecord(forum);
            forumId = forum;
        }
    }
}
