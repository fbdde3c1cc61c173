package org.migportal.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.NotFoundException;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;

/**
 * Records a new meeting of a forum ({@code ?forum=<id>}, optionally {@code &kind=REFLECTION}) or edits one
 * ({@code ?id=<id>}). A reflection meeting shows its sections as soon as the kind is chosen. A refused save
 * keeps the input; if someone else saved the meeting meanwhile, the page says so.
 */
@Named
@ViewScoped
public class EditMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Forums forums;

    private Long id;
    private Long forumId;
    private MeetingKind kind;
    private Meeting meeting;
    private Map<Long, Member> members = Map.of();
    private Long chairId;
    private Long minutesById;
    private boolean conflict;

    public String load() {
        Forum forum;
        if (id != null) {
            meeting = meetings.get(id);
            forum = meeting.getForum();
            chairId = meeting.getChairedBy() == null ? null : meeting.getChairedBy().getId();
            minutesById = meeting.getMinutesBy() == null ? null : meeting.getMinutesBy().getId();
        } else if (forumId != null) {
            forum = forums.get(forumId);
            meeting = new Meeting(forum, kind == null ? MeetingKind.REGULAR : kind, LocalDate.now());
            meeting.setPlace(forum.getMeetingPlace());
        } else {
            throw new NotFoundException("Forum", "");
        }
        if (forum.isClosed()) {
            Messages.flashError("forum.closed", forum.getName());
            return "/forums/view?faces-redirect=true&id=" + forum.getId();
        }
        if (!meetings.canRecord(forum.getId())) {
            throw new AccessDeniedException();
        }
        members = membersOf(forum);
        return null;
    }

    /** Everyone who ever sat in the forum, by name: a chair or minute-taker may have left since. */
    private Map<Long, Member> membersOf(Forum forum) {
        Map<Long, Member> byId = new LinkedHashMap<>();
        forums.allMemberships(forum.getId()).stream()
                .map(Membership::getMember)
                .sorted(Comparator.comparing(Member::getFamilyName).thenComparing(Member::getGivenName))
                .forEach(member -> byId.putIfAbsent(member.getId(), member));
        return byId;
    }

    public String save() {
        meeting.setChairedBy(chairId == null ? null : members.get(chairId));
        meeting.setMinutesBy(minutesById == null ? null : members.get(minutesById));
        return BoundaryCall.outcome(() -> {
            Meeting saved = meeting.isNew() ? meetings.create(meeting) : meetings.update(meeting);
            Messages.flashInfo("meeting.saved");
            return "/meetings/view?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public boolean isCreating() {
        return meeting.isNew();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<Member> getMembers() {
        return List.copyOf(members.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }

    public Long getMinutesById() {
        return minutesById;
    }

    public void setMinutesById(Long minutesById) {
        this.minutesById = minutesById;
    }

    public boolean isConflict() {
        return conflict;
    }
}
