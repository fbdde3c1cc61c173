package org.migportal.web.forums;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.migportal.web.workshops.ForumFromConstraint;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * Creates a forum (no id) or edits one. A refused save keeps the user's input in the form; if
 * someone else saved the forum meanwhile, the page says so and offers to reload their version.
 */
@Named
@ViewScoped
public class EditForumBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    Workshops workshops;

    private Long id;
    private Forum forum;
    private String countryIso;
    private Long districtId;
    private List<Country> countries = List.of();
    private List<District> districts = List.of();
    private List<String> marketSystems = List.of();
    private boolean conflict;
    /** Set when the new forum is set up for a workshop's constraint ({@code ?constraint=}). */
    private Long constraintId;
    private WorkshopConstraint constraint;

    public String load() {
        countries = geography.writableCountries();
        marketSystems = forums.marketSystems();
        if (id == null && constraintId != null) {
            constraint = workshops.constraint(constraintId);
            forum = ForumFromConstraint.draft(constraint);
            countryIso = constraint.getWorkshop().getCountry().getIsoCode();
            districtId = constraint.getWorkshop().getDistrict().getId();
        } else if (id == null) {
            forum = new Forum();
            countryIso = countries.size() == 1 ? countries.get(0).getIsoCode() : null;
        } else {
            forum = forums.get(id);
            if (forum.isClosed()) {
                Messages.flashError("forum.closed", forum.getName());
                return "/forums/view?faces-redirect=true&id=" + id;
            }
            if (!forums.canEdit(id)) {
                throw new AccessDeniedException();
            }
            countryIso = forum.getCountry().getIsoCode();
            districtId = forum.getDistrict().getId();
        }
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
        return null;
    }

    public void countryChanged() {
        districtId = null;
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    /** Market systems already in use that contain the typed text; any other text is allowed too. */
    public List<String> completeMarketSystem(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return marketSystems.stream().filter(system -> system.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    public String save() {
        forum.setDistrict(districts.stream().filter(d -> d.getId().equals(districtId)).findFirst().orElse(null));
        return BoundaryCall.outcome(() -> {
            Forum saved = !forum.isNew() ? forums.update(forum)
                    : constraint != null ? workshops.createForum(constraint.getId(), forum) : forums.create(forum);
            Messages.flashInfo("forum.saved", saved.getName());
            return "/forums/view?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public boolean isCreating() {
        return forum.isNew();
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

    public Long getConstraintId() {
        return constraintId;
    }

    public void setConstraintId(Long constraintId) {
        this.constraintId = constraintId;
    }

    /** The workshop constraint the new forum is set up for, or null. */
    public WorkshopConstraint getConstraint() {
        return constraint;
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

    /** The district by id: the select keeps its value in the view state, which takes no entities. */
    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public boolean isConflict() {
        return conflict;
    }
}
