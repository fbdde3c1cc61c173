package org.migportal.web.outcomes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.boundary.OutcomeRow;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.web.communication.ForumPicker;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.Pick;

/**
 * The outcomes of all forums in the caller's scope, one page at a time, filtered by country, forum, type,
 * period and whether they reach beyond the members. The forum may come from the URL ({@code ?forum=12}),
 * as the forum page links.
 */
@Named
@ViewScoped
public class ListOutcomesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outcomes outcomes;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    ForumPicker forumPicker;

    private Long forumId;
    private String countryIso;
    private Pick forum;
    private OutcomeType type;
    private LocalDate from;
    private LocalDate to;
    private Boolean beyondMembers;
    private String text;
    private boolean canRecord;
    private List<Country> countries = List.of();
    private BoundaryLazyModel<OutcomeRow> model;

    public void load() {
        countries = geography.readableCountries();
        if (countryIso != null && countries.stream().noneMatch(c -> c.getIsoCode().equals(countryIso))) {
            countryIso = null;
        }
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            forum = new Pick(chosen.getId(), chosen.getCode() + " — " + chosen.getName());
            canRecord = outcomes.canRecord(forumId);
        }
        model = new BoundaryLazyModel<>(() -> outcomes.count(filter()),
                page -> outcomes.search(filter(), page), row -> row.outcome().getId());
    }

    public List<Pick> completeForum(String query) {
        return forumPicker.readable(query);
    }

    private OutcomeFilter filter() {
        return new OutcomeFilter(countryIso, forum == null ? null : forum.id(), type, from, to, beyondMembers, text);
    }

    /** Whether the chosen forum takes new outcomes from the caller (the page offers "New outcome" for it). */
    public boolean isCanRecord() {
        return canRecord;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

    public Pick getForum() {
        return forum;
    }

    public void setForum(Pick forum) {
        this.forum = forum;
    }

    public OutcomeType getType() {
        return type;
    }

    public void setType(OutcomeType type) {
        this.type = type;
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

    public Boolean getBeyondMembers() {
        return beyondMembers;
    }

    public void setBeyondMembers(Boolean beyondMembers) {
        this.beyondMembers = beyondMembers;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BoundaryLazyModel<OutcomeRow> getModel() {
        return model;
    }
}
