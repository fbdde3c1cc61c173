package org.migportal.web.api;

import org.migportal.geography.entity.District;

/** A district as the API names it in other records. */
public record DistrictRef(long id, String name) {

    public static DistrictRef of(District district) {
        return district == null ? null : new DistrictRef(district.getId(), district.getName());
    }
}
