package org.migportal.web.communication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.web.faces.ListExport;
import org.migportal.communication.boundary.CommunicationRow;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.Pick;

/**
 * The communication log of all forums in the caller's scope, one page at a time, filtered by
 * forum, type, purpose, period and text. The forum may come from the URL ({@code ?forum=12}), as the
 * forum page links.
 */
@Named
@ViewScoped
public class ListCommunicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationLog log;

    @Inject
    Forums forums;

    @Inject
    ForumPicker forumPicker;

    private Long forumId;
    private Pick forum;
    private CommunicationKind kind;
    private CommunicationPurpose purpose;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private boolean canWrite;
    private BoundaryLazyModel<CommunicationRow> model;

    public void load() {
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            forum = ForumPicker.pick(chosen);
            canWrite = log.canWrite(forumId);
        }
        model = new BoundaryLazyModel<>(() -> log.count(filter()),
                page -> log.search(filter(), page), row -> row.entry().getId());
    }

    public List<Pick> completeForum(String query) {
        return forumPicker.readable(query);
    }

    private CommunicationFilter filter() {
        return new CommunicationFilter(null, forum == null ? null : forum.id(), kind, purpose, from, to, text);
    }

    /** Whether the chosen forum's log takes new entries from the caller (the page offers "New entry" for it). */
    public boolean isCanWrite() {
        return canWrite;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public Pick getForum() {
        return forum;
    }

    public void setForum(Pick forum) {
        this.forum = forum;
    }

    public CommunicationKind getKind() {
        return kind;
    }

    public void setKind(CommunicationKind kind) {
        this.kind = kind;
    }

    public CommunicationPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(CommunicationPurpose purpose) {
        this.purpose = purpose;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BoundaryLazyModel<CommunicationRow> getModel() {
        return model;
    }

    /** The log as CSV or Excel, with the filters the table last applied. */
    public ListExport<CommunicationRow> getExport() {
        return CommunicationListExport.of(log, filter());
    }
}
