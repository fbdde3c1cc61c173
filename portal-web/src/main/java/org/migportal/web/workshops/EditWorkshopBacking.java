package org.migportal.web.workshops;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.migportal.forum.boundary.Forums;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.Workshop;

/** Records a workshop (no id) or edits one; a save over someone else's newer one says so and keeps the input. */
@Named
@ViewScoped
public class EditWorkshopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workshops workshops;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    private Long id;
    private Workshop workshop;
    private String countryIso;
    private Long districtId;
    private List<Country> countries = List.of();
    private List<District> districts = List.of();
    private List<String> marketSystems = List.of();
    private boolean conflict;

    public void load() {
        countries = geography.writableCountries();
        marketSystems = forums.marketSystems();
        if (id == null) {
            workshop = new Workshop();
            countryIso = countries.size() == 1 ? countries.get(0).getIsoCode() : null;
        } else {
            workshop = workshops.get(id);
            if (!workshops.canEdit(id)) {
                throw new AccessDeniedException();
            }
            countryIso = workshop.getCountry().getIsoCode();
            districtId = workshop.getDistrict().getId();
        }
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    public void countryChanged() {
        districtId = null;
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    public List<String> completeMarketSystem(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return marketSystems.stream().filter(system -> system.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    public String save() {
        workshop.setDistrict(districts.stream().filter(d -> d.getId().equals(districtId)).findFirst().orElse(null));
        return BoundaryCall.outcome(() -> {
            Workshop saved = workshop.isNew() ? workshops.create(workshop) : workshops.update(workshop);
            Messages.flashInfo("workshop.saved");
            return "/workshops/view?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    public boolean isCreating() {
        return workshop.isNew();
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

    public Workshop getWorkshop() {
        return workshop;
    }

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

    public boolean isConflict() {
        return conflict;
    }
}
