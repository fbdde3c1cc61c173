package org.migportal.web.forums;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.ListExport;

/**
 * The forum list: one page at a time from the boundary, filtered by the bar above the table.
 * Country and status may come from the URL ({@code /forums/list?status=ACTIVE}), as the home page links.
 */
@Named
@ViewScoped
public class ListForumsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    private String countryIso;
    private Long districtId;
    private String marketSystem;
    private ForumStatus status;
    private ChangeArea changeArea;
    private String text;

    private List<Country> countries = List.of();
    private List<District> districts = List.of();
    private List<String> marketSystems = List.of();
    private BoundaryLazyModel<ForumRow> model;

    public void load() {
        countries = geography.readableCountries();
        marketSystems = forums.marketSystems();
        if (countryIso != null && countries.stream().noneMatch(c -> c.getIsoCode().equals(countryIso))) {
            countryIso = null;
        }
        countryChanged();
        model = new BoundaryLazyModel<>(() -> forums.count(filter()), page -> forums.search(filter(), page),
                row -> row.forum().getId());
    }

    /** The district filter offers the chosen country's districts only. */
    public void countryChanged() {
        districtId = null;
        districts = countryIso == null ? List.of() : geography.districts(countryIso);
    }

    /** The list as CSV or Excel, with the filters the table last applied. */
    public ListExport<ForumRow> getExport() {
        return ForumListExport.of(forums, filter());
    }

    private ForumFilter filter() {
        return new ForumFilter(countryIso, districtId, marketSystem, status, changeArea, text);
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso == null || countryIso.isBlank() ? null : countryIso.strip().toUpperCase();
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

    public ForumStatus getStatus() {
        return status;
    }

    public void setStatus(ForumStatus status) {
        this.status = status;
    }

    public ChangeArea getChangeArea() {
        return changeArea;
    }

    public void setChangeArea(ChangeArea changeArea) {
        this.changeArea = changeArea;
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

    public List<District> getDistricts() {
        return districts;
    }

    public List<String> getMarketSystems() {
        return marketSystems;
    }

    public BoundaryLazyModel<ForumRow> getModel() {
        return model;
    }
}
