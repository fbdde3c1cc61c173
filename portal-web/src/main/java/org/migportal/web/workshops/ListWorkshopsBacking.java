package org.migportal.web.workshops;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.workshop.boundary.WorkshopFilter;
import org.migportal.workshop.boundary.WorkshopRow;
import org.migportal.workshop.boundary.Workshops;

/** The workshop list: one page at a time, newest first, filtered by country, district, market system and period. */
@Named
@ViewScoped
public class ListWorkshopsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workshops workshops;

    @Inject
    Geography geography;

    private String countryIso;
    private Long districtId;
    private String marketSystem;
    private LocalDate from;
    private LocalDate to;
    private List<Country> countries = List.of();
    private List<District> districts = List.of();
    private BoundaryLazyModel<WorkshopRow> model;

    public void load() {
        countries = geography.readableCountries();
        model = new BoundaryLazyModel<>(() -> workshops.count(filter()), page -> workshops.search(filter(), page),
                row -> row.workshop().getId());
    }

    public void countryChanged() {
        districtId = null;
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    private WorkshopFilter filter() {
        return new WorkshopFilter(countryIso, districtId, marketSystem, from, to);
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

    public String getMarketSystem() {
        return marketSystem;
    }

    public void setMarketSystem(String marketSystem) {
        this.marketSystem = marketSystem;
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

    public List<Country> getCountries() {
        return countries;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public BoundaryLazyModel<WorkshopRow> getModel() {
        return model;
    }
}
