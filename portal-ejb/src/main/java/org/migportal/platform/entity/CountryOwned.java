package org.migportal.platform.entity;

import org.migportal.geography.entity.Country;

/**
 * A record that belongs to one country, which decides who may see it. Records that belong to a
 * forum also name it, because a forum secretary's scope is their forum.
 */
public interface CountryOwned {

    Country owningCountry();

    /** The code of the forum the record belongs to, or null if it belongs to none. */
    default String owningForumCode() {
        return null;
    }
}
