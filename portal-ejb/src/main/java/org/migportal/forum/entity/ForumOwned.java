package org.migportal.forum.entity;

import org.migportal.geography.entity.Country;
import org.migportal.platform.entity.CountryOwned;

/** A record that belongs to one forum, and through it to the forum's country (for the access checks). */
public interface ForumOwned extends CountryOwned {

    Forum owningForum();

    @Override
    default Country owningCountry() {
        return owningForum().getCountry();
    }

    @Override
    default String owningForumCode() {
        return owningForum().getCode();
    }
}
