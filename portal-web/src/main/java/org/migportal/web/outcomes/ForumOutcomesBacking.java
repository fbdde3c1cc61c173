package org.migportal.web.outcomes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.boundary.OutcomeRow;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.platform.control.PageRequest;

/** The outcomes' section of a forum's page: its latest outcomes and how many there are. */
@Named
@ViewScoped
public class ForumOutcomesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 5;

    @Inject
    Outcomes outcomes;

    private Long forumId;
    private List<OutcomeRow> recent = List.of();
    private long total;
    private boolean canRecord;

    /** Runs after the forum page has loaded its forum, so the caller may read it. */
    public void load(Long forumId) {
        this.forumId = forumId;
        OutcomeFilter ofForum = OutcomeFilter.ofForum(forumId);
        recent = outcomes.search(ofForum, PageRequest.of(0, RECENT));
        total = outcomes.count(ofForum);
        canRecord = outcomes.canRecord(forumId);
    }

    public Long getForumId() {
        return forumId;
    }

    public List<OutcomeRow> getRecent() {
        return recent;
    }

    public long getTotal() {
        return total;
    }

    public boolean isCanRecord() {
        return canRecord;
    }
}
