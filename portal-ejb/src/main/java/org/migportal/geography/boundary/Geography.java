package org.migportal.geography.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.NotFoundException;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.ReadScope;
import org.migportal.security.control.Roles;

/** Regions, countries and districts, as far as the caller may see them. */
@Stateless
@Guarded
public class Geography {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    /** The countries the caller may read, by name. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<Country> readableCountries() {
        ReadScope scope = guard.readScope();
        List<Country> all = em.createNamedQuery(Country.FIND_ALL, Country.class).getResultList();
        if (scope.everything()) {
            return all;
        }
        Set<String> forumCountries = scope.forums().isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                        "SELECT f.district.country.isoCode FROM Forum f WHERE f.code IN :codes", String.class)
                .setParameter("codes", scope.forums())
                .getResultList());
        return all.stream()
                .filter(c -> scope.countries().contains(c.getIsoCode()) || forumCountries.contains(c.getIsoCode()))
                .toList();
    }

    /** The countries the caller may create and change records in. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<Country> writableCountries() {
        Set<String> writable = guard.writableCountries();
        return em.createNamedQuery(Country.FIND_ALL, Country.class).getResultList().stream()
                .filter(c -> writable.contains(c.getIsoCode()))
                .toList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public Country country(@NotNull String isoCode) {
        Country country = findCountry(isoCode).orElseThrow(() -> new NotFoundException("Country", isoCode));
        guard.requireRead(country, "Country", isoCode);
        return country;
    }

    /** The districts of a country the caller may read, by name. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public List<District> districts(@NotNull String isoCode) {
        country(isoCode);
        return em.createNamedQuery(District.FIND_BY_COUNTRY, District.class)
                .setParameter("isoCode", isoCode)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public District district(long id) {
        District district = Optional.ofNullable(em.find(District.class, id))
                .orElseThrow(() -> new NotFoundException("District", id));
        guard.requireRead(district.getCountry(), "District", id);
        return district;
    }

    private Optional<Country> findCountry(String isoCode) {
        return em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class)
                .setParameter("isoCode", isoCode)
                .getResultStream()
                .findFirst();
    }
}
