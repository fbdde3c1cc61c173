package org.migportal.web.communication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.boundary.CommunicationRow;
import org.migportal.platform.control.PageRequest;

/** The communication log's section of a forum's page: its latest entries and how many there are. */
@Named
@ViewScoped
public class ForumLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 5;

    @Inject
    CommunicationLog log;

    private Long forumId;
    private List<CommunicationRow> recent = List.of();
    private long total;
    private boolean canWrite;

    /** Runs after the forum page has loaded its forum, so the caller may read it. */
    public void load(Long forumId) {
        this.forumId = forumId;
        CommunicationFilter ofForum = CommunicationFilter.ofForum(forumId);
        recent = log.search(ofForum, PageRequest.of(0, RECENT));
        total = log.count(ofForum);
        canWrite = log.canWrite(forumId);
    }

    public Long getForumId() {
        return forumId;
    }

    public List<CommunicationRow> getRecent() {
        return recent;
    }

    public long getTotal() {
        return total;
    }

    public boolean isCanWrite() {
        return canWrite;
    }
}
