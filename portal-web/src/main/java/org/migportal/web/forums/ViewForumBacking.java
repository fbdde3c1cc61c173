package org.migportal.web.forums;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Labels;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.Pick;

/**
 * One forum: its details, its current and former members, its lifecycle, and the seats in it
 * (add a member, change a seat, end a seat). A closed forum is read-only.
 */
@Named
@ViewScoped
public class ViewForumBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    private Long id;
    private Forum forum;
    private boolean editable;
    private List<Membership> current = List.of();
    private List<Membership> former = List.of();
    private boolean conflict;

    private String lessons;
    private Pick candidate;
    private Membership draft;
    private Membership edited;
    private Membership ending;
    private LocalDate leftOn;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Forum", "");
        }
        reload();
    }

    private void reload() {
        forum = forums.get(id);
        editable = forums.canEdit(id);
        List<Membership> all = forums.allMemberships(id);
        current = all.stream().filter(Membership::isCurrent).toList();
        former = all.stream().filter(membership -> !membership.isCurrent()).toList();
        conflict = false;
    }

    /** Moves the forum along its lifecycle; on success the page is loaded afresh with the new status. */
    public String moveTo(ForumStatus target) {
        return BoundaryCall.outcome(() -> {
            forums.changeStatus(id, forum.getVersion(), target);
            Messages.flashInfo("forum.moved", forum.getName(), target);
            return self();
        }, () -> conflict = true);
    }

    public void prepareClose() {
        lessons = null;
    }

    /** Runs from a modal dialog: a conflict shows as a message above it, not as the page's notice behind it. */
    public String close() {
        return BoundaryCall.outcome(() -> {
            forums.close(id, forum.getVersion(), lessons);
            Messages.flashInfo("forum.closedNow", forum.getName());
            return self();
        });
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            forums.delete(id, forum.getVersion());
            Messages.flashInfo("forum.deleted", forum.getName());
            return "/forums/list?faces-redirect=true";
        }, () -> conflict = true);
    }

    public void prepareAdd() {
        candidate = null;
        draft = new Membership(forum, null, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED, LocalDate.now());
    }

    /** Members of the forum's country matching the text, without those already seated here. */
    public List<Pick> completeMember(String text) {
        Set<Long> seated = current.stream().map(m -> m.getMember().getId()).collect(Collectors.toSet());
        MemberFilter filter = new MemberFilter(forum.getCountry().getIsoCode(), null, null, null, null, null, text);
        return members.search(filter, PageRequest.of(0, SUGGESTIONS + seated.size())).stream()
                .filter(member -> !seated.contains(member.getId()))
                .limit(SUGGESTIONS)
                .map(member -> new Pick(member.getId(), Labels.nameOf(member) + " — " + member.getActor().getName()))
                .toList();
    }

    public void add() {
        BoundaryCall.run(() -> {
            Member member = members.get(candidate.id());
            Membership seat = new Membership(forum, member, draft.getRole(), draft.getSelection(), draft.getJoinedOn());
            seat.takeContributionsFrom(draft);
            memberships.add(seat);
            reload();
            Messages.info("membership.added", Labels.nameOf(member), forum.getName());
        });
    }

    /** Edits a fresh copy, so that a refused change leaves the table as it was saved. */
    public void prepareEdit(Membership membership) {
        BoundaryCall.run(() -> edited = memberships.get(membership.getId()));
    }

    /** Like {@link #close()}, runs from a dialog. */
    public void saveMembership() {
        BoundaryCall.run(() -> {
            memberships.update(edited);
            reload();
            Messages.info("membership.saved", Labels.nameOf(edited.getMember()));
        });
    }

    public void prepareEnd(Membership membership) {
        ending = membership;
        leftOn = LocalDate.now();
    }

    public void end() {
        BoundaryCall.run(() -> {
            memberships.end(ending.getId(), ending.getVersion(), leftOn);
            reload();
            Messages.info("membership.endedNow", Labels.nameOf(ending.getMember()), leftOn);
        });
    }

    private String self() {
        return "/forums/view?faces-redirect=true&id=" + id;
    }

    /** The statuses the forum may move to from here, except closing (which asks for lessons). */
    public List<ForumStatus> getNextStatuses() {
        return forum.getStatus().next().stream().filter(status -> status != ForumStatus.CLOSED).sorted().toList();
    }

    public boolean isClosable() {
        return editable && forum.getStatus().canMoveTo(ForumStatus.CLOSED);
    }

    /** Only a proposed forum that never had members may be deleted; others are closed. */
    public boolean isDeletable() {
        return editable && forum.getStatus() == ForumStatus.PROPOSED && current.isEmpty() && former.isEmpty();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Forum getForum() {
        return forum;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Membership> getCurrent() {
        return current;
    }

    public List<Membership> getFormer() {
        return former;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public Pick getCandidate() {
        return candidate;
    }

    public void setCandidate(Pick candidate) {
        this.candidate = candidate;
    }

    public Membership getDraft() {
        return draft;
    }

    public Membership getEdited() {
        return edited;
    }

    public Membership getEnding() {
        return ending;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }
}
