package org.migportal.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.migportal.platform.control.DatabaseUnavailable;
import org.migportal.security.boundary.CurrentCaller;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Roles;

/**
 * What the caller's roles let them use, for rendering navigation and buttons. Hiding is a courtesy:
 * the EJB tier refuses whatever the role or scope does not cover.
 */
@Named("caller")
@RequestScoped
public class CallerBacking {

    @Inject
    CurrentCaller currentCaller;

    private Caller caller;

    @PostConstruct
    void init() {
        try {
            caller = currentCaller.caller();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            // The error page that says "try again" must render without the database: the layout shows no menu.
            caller = new Caller(null, null, Set.of(), Set.of(), Set.of(), Set.of());
        }
    }

    public String getDisplayName() {
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.username() : caller.displayName();
    }

    public boolean isLoggedIn() {
        return !caller.roles().isEmpty();
    }

    /** The caller's roles in a stable order (highest first). */
    public List<String> getRoles() {
        return Arrays.stream(Roles.ALL).filter(caller::hasRole).toList();
    }

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    public boolean isRegionalManager() {
        return caller.hasRole(Roles.REGIONAL_MANAGER);
    }

    public boolean isOfficer() {
        return caller.hasRole(Roles.COUNTRY_OFFICER);
    }

    public boolean isSecretary() {
        return caller.hasRole(Roles.FORUM_SECRETARY);
    }

    /** A donor and nothing else: sees the reports published to them, nothing else. */
    public boolean isDonorOnly() {
        return caller.hasRole(Roles.DONOR) && !canReadForums();
    }

    public boolean canReadForums() {
        return isAdmin() || isRegionalManager() || isOfficer() || isSecretary();
    }

    public boolean canReadMembers() {
        return canReadForums();
    }

    /** Forum secretaries see market actors only through their forum's members. */
    public boolean canReadActors() {
        return isAdmin() || isRegionalManager() || isOfficer();
    }

    /** Admins read the whole audit trail, country officers their countries' part of it. */
    public boolean canReadAudit() {
        return isAdmin() || isOfficer();
    }

    /** Whether the caller may create and change forums, members and actors in some country. */
    public boolean canEditAnything() {
        return isAdmin() || isOfficer();
    }

    /** Market-mapping workshops are country work: forum secretaries see only where their forum came from. */
    public boolean canReadWorkshops() {
        return isAdmin() || isRegionalManager() || isOfficer();
    }

    /** Everyone who reads forums reads their communication logs (a secretary their own forum's). */
    public boolean canReadCommunication() {
        return canReadForums();
    }

    /** The forum health dashboard is for those who look after countries; a secretary sees their forum's health on its page. */
    public boolean canReadHealth() {
        return isAdmin() || isRegionalManager() || isOfficer();
    }
}
