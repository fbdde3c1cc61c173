package org.migportal.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.ListExport;
import org.migportal.web.faces.Pick;

/** The member list: one page at a time, filtered by country, forum, actor type, sex, youth, marginalisation, text. */
@Named
@ViewScoped
public class ListMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Members members;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    private String countryIso;
    private Long forumId;
    private Pick forum;
    private ActorType actorType;
    private Sex sex;
    private Boolean youth;
    private Boolean marginalised;
    private String text;

    private List<Country> countries = List.of();
    private BoundaryLazyModel<Member> model;

    public void load() {
        countries = geography.readableCountries();
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            forum = new Pick(chosen.getId(), label(chosen));
        }
        model = new BoundaryLazyModel<>(() -> members.count(filter()), page -> members.search(filter(), page),
                Member::getId);
    }

    /** Forums in the caller's scope (and the chosen country) whose name or code contains the text. */
    public List<Pick> completeForum(String query) {
        ForumFilter filter = new ForumFilter(countryIso, null, null, null, null, query);
        return forums.search(filter, PageRequest.of(0, SUGGESTIONS)).stream()
                .map(ForumRow::forum)
                .map(candidate -> new Pick(candidate.getId(), label(candidate)))
                .toList();
    }

    private static String label(Forum forum) {
        return forum.getCode() + " · " + forum.getName();
    }

    /** The list as CSV or Excel, with the filters the table last applied. */
    public ListExport<Member> getExport() {
        return MemberListExport.of(members, filter());
    }

    private MemberFilter filter() {
        return new MemberFilter(countryIso, forum == null ? null : forum.id(), actorType, sex, youth, marginalised, text);
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso == null || countryIso.isBlank() ? null : countryIso.strip().toUpperCase();
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

    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Boolean getYouth() {
        return youth;
    }

    public void setYouth(Boolean youth) {
        this.youth = youth;
    }

    public Boolean getMarginalised() {
        return marginalised;
    }

    public void setMarginalised(Boolean marginalised) {
        this.marginalised = marginalised;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public BoundaryLazyModel<Member> getModel() {
        return model;
    }
}
