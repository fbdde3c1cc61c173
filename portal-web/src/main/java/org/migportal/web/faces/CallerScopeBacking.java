package org.migportal.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.migportal.security.boundary.CurrentCaller;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Roles;

/**
 * What the caller's scope covers, in words for the page header and the home page: all countries,
 * a region and its countries, some countries, or a forum. Kept apart from {@link CallerBacking}
 * because it reads the database and only full-page renders need it.
 */
@Named("callerScope")
@RequestScoped
public class CallerScopeBacking {

    @Inject
    CurrentCaller currentCaller;

    private boolean everything;
    private List<String> regions = List.of();
    private List<String> countries = List.of();
    private List<String> forums = List.of();

    @PostConstruct
    void init() {
        Caller caller = currentCaller.caller();
        everything = caller.isAdmin();
        if (everything) {
            return;
        }
        if (caller.hasRole(Roles.REGIONAL_MANAGER)) {
            regions = currentCaller.regionNames();
        }
        if (caller.hasRole(Roles.REGIONAL_MANAGER) || caller.hasRole(Roles.COUNTRY_OFFICER)) {
            countries = currentCaller.countryNames();
        } else if (caller.hasRole(Roles.DONOR)) {
            // a donor reads nothing here; name the countries they fund
            countries = currentCaller.tokenCountryNames();
        }
        if (caller.hasRole(Roles.FORUM_SECRETARY)) {
            forums = currentCaller.forumNames();
        }
    }

    public boolean isEverything() {
        return everything;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getCountries() {
        return countries;
    }

    public List<String> getForums() {
        return forums;
    }

    /** One line, e.g. "Region EA: Kenya, Sudan" or "Kenya"; empty for no scope at all. */
    public String getSummary() {
        if (everything) {
            return Messages.text("scope.all");
        }
        List<String> parts = new ArrayList<>();
        if (!regions.isEmpty()) {
            parts.add(Messages.text("scope.region", String.join(", ", regions)));
        }
        if (!countries.isEmpty()) {
            parts.add(String.join(", ", countries));
        }
        if (!forums.isEmpty()) {
            parts.add(Messages.text("scope.forum", String.join(", ", forums)));
        }
        return String.join(" · ", parts);
    }
}
