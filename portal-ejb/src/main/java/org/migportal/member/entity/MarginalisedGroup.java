package org.migportal.member.entity;

/** Groups whose participation the guidance asks facilitators to strengthen. */
public enum MarginalisedGroup {
    DISABILITY, ETHNIC_MINORITY, INDIGENOUS, DISPLACED, LANDLESS, LOW_LITERACY, OTHER
}
