package org.migportal.web.actors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.entity.MarketActor;
import org.migportal.security.boundary.CurrentCaller;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Roles;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;

/**
 * Creates a market actor (no id), or shows and edits one. Its country is fixed once saved; callers
 * who may only read see the page without inputs.
 */
@Named
@ViewScoped
public class EditActorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MarketActors actors;

    @Inject
    Geography geography;

    @Inject
    CurrentCaller currentCaller;

    private Long id;
    private MarketActor actor;
    private String countryIso;
    private Long districtId;
    private List<Country> countries = List.of();
    private List<District> districts = List.of();
    private boolean editable;
    private boolean conflict;

    public void load() {
        if (id == null) {
            countries = geography.writableCountries();
            actor = new MarketActor();
            editable = true;
            countryIso = countries.size() == 1 ? countries.get(0).getIsoCode() : null;
        } else {
            actor = actors.get(id);
            countries = List.of(actor.getCountry());
            editable = actors.canEdit(actor.getId());
            countryIso = actor.getCountry().getIsoCode();
            districtId = actor.getDistrict() == null ? null : actor.getDistrict().getId();
        }
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }


    public void countryChanged() {
        districtId = null;
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    public String save() {
        if (actor.isNew()) {
            actor.setCountry(countries.stream().filter(c -> c.getIsoCode().equals(countryIso)).findFirst().orElse(null));
        }
        actor.setDistrict(districts.stream().filter(d -> d.getId().equals(districtId)).findFirst().orElse(null));
        return BoundaryCall.outcome(() -> {
            MarketActor saved = actor.isNew() ? actors.create(actor) : actors.update(actor);
            Messages.flashInfo("actor.saved", saved.getName());
            return "/actors/edit?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            actors.delete(id, actor.getVersion());
            Messages.flashInfo("actor.deleted", actor.getName());
            return "/actors/list?faces-redirect=true";
        }, () -> conflict = true);
    }

    public boolean isCreating() {
        return actor.isNew();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MarketActor getActor() {
        return actor;
    }

    /** Country and district by code and id: selects keep their value in the view state, which takes no entities. */
    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

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

    public boolean isEditable() {
        return editable;
    }

    public boolean isConflict() {
        return conflict;
    }
}
