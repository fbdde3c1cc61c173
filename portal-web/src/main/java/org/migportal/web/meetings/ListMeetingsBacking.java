package org.migportal.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.MeetingRow;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.ListExport;
import org.migportal.web.faces.Pick;

/**
 * The meeting list: one page at a time, newest first, filtered by forum, kind and period. A forum's
 * page links here with {@code ?forum=<id>}.
 */
@Named
@ViewScoped
public class ListMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Meetings meetings;

    @Inject
    Forums forums;

    private Long forumId;
    private Pick forum;
    private MeetingKind kind;
    private LocalDate from;
    private LocalDate to;
    private boolean recordable;
    private BoundaryLazyModel<MeetingRow> model;

    public void load() {
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            forum = new Pick(chosen.getId(), label(chosen));
            recordable = meetings.canRecord(forumId);
        }
        model = new BoundaryLazyModel<>(() -> meetings.count(filter()), page -> meetings.search(filter(), page),
                row -> row.meeting().getId());
    }

    /** Forums in the caller's scope whose name or code holds the text. */
    public List<Pick> completeForum(String text) {
        return forums.search(new ForumFilter(null, null, null, null, null, text), PageRequest.of(0, SUGGESTIONS)).stream()
                .map(row -> new Pick(row.forum().getId(), label(row.forum())))
                .toList();
    }

    private static String label(Forum forum) {
        return forum.getCode() + " — " + forum.getName();
    }

    private MeetingFilter filter() {
        return new MeetingFilter(forum == null ? null : forum.id(), kind, from, to);
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
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

    /** A new meeting can be recorded from here when the list is one forum's that the caller records for. */
    public boolean isRecordable() {
        return recordable;
    }

    public BoundaryLazyModel<MeetingRow> getModel() {
        return model;
    }

    /** The list as CSV or Excel, with the filters the table last applied. */
    public ListExport<MeetingRow> getExport() {
        return MeetingListExport.of(meetings, filter());
    }
}
