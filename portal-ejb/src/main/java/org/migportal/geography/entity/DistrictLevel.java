package org.migportal.geography.entity;

/** What a country calls its sub-national unit where forums work. */
public enum DistrictLevel {
    STATE, PROVINCE, REGION, COUNTY, DISTRICT
}
