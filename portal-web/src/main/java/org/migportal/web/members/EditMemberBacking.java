package org.migportal.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Labels;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.Pick;

/**
 * Creates a member (no id), or shows and edits one with the forums they sit in. The member belongs
 * to the country of the actor they represent, so the country is chosen first and fixed once saved.
 * Callers who may only read see the same page without inputs.
 */
@Named
@ViewScoped
public class EditMemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Memberships memberships;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    private Long id;
    private Member member;
    private String countryIso;
    private List<Country> countries = List.of();
    private boolean editable;
    private List<Membership> seats = List.of();
    private boolean conflict;

    private Pick actor;
    private Pick forum;
    private Membership draft;

    public void load() {
        if (id == null) {
            countries = geography.writableCountries();
            member = new Member();
            editable = true;
            countryIso = countries.size() == 1 ? countries.get(0).getIsoCode() : null;
        } else {
            member = members.get(id);
            editable = members.canEdit(id);
            countryIso = member.getCountry().getIsoCode();
            countries = List.of(member.getCountry());
            seats = members.memberships(id);
            actor = new Pick(member.getActor().getId(), member.getActor().getName());
        }
    }

    /** The actor must be of the chosen country; choosing another country clears it. */
    public void countryChanged() {
        actor = null;
    }

    public List<Pick> completeActor(String text) {
        return countryIso == null ? List.of() : actors.suggest(countryIso, text, SUGGESTIONS).stream()
                .map(candidate -> new Pick(candidate.getId(), candidate.getName()))
                .toList();
    }

    public String save() {
        return BoundaryCall.outcome(() -> {
            member.setActor(actors.get(actor.id()));
            Member saved = member.isNew() ? members.create(member) : members.update(member);
            Messages.flashInfo("member.saved", Labels.nameOf(saved));
            return "/members/edit?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            members.delete(id, member.getVersion());
            Messages.flashInfo("member.deleted", Labels.nameOf(member));
            return "/members/list?faces-redirect=true";
        }, () -> conflict = true);
    }

    public void prepareAddToForum() {
        forum = null;
        draft = new Membership(null, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED, LocalDate.now());
    }

    /** Open forums of the member's country, without those the member already sits in. */
    public List<Pick> completeForum(String text) {
        Set<Long> seated = seats.stream().filter(Membership::isCurrent)
                .map(seat -> seat.getForum().getId()).collect(Collectors.toSet());
        ForumFilter filter = new ForumFilter(countryIso, null, null, null, null, text);
        return forums.search(filter, PageRequest.of(0, SUGGESTIONS + seated.size())).stream()
                .map(ForumRow::forum)
                .filter(candidate -> !candidate.isClosed() && !seated.contains(candidate.getId()))
                .limit(SUGGESTIONS)
                .map(candidate -> new Pick(candidate.getId(), candidate.getCode() + " · " + candidate.getName()))
                .toList();
    }

    public void addToForum() {
        BoundaryCall.run(() -> {
            Forum chosen = forums.get(forum.id());
            Membership seat = new Membership(chosen, member, draft.getRole(), draft.getSelection(), draft.getJoinedOn());
            seat.takeContributionsFrom(draft);
            memberships.add(seat);
            seats = members.memberships(id);
            Messages.info("membership.added", Labels.nameOf(member), chosen.getName());
        });
    }

    public boolean isCreating() {
        return member.isNew();
    }

    public boolean isYouth() {
        return !member.isNew() && member.isYouth();
    }

    public int getThisYear() {
        return Year.now().getValue();
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

    public Member getMember() {
        return member;
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Membership> getSeats() {
        return seats;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Pick getActor() {
        return actor;
    }

    public void setActor(Pick actor) {
        this.actor = actor;
    }

    public Pick getForum() {
        return forum;
    }

    public void setForum(Pick forum) {
        this.forum = forum;
    }

    public Membership getDraft() {
        return draft;
    }
}
