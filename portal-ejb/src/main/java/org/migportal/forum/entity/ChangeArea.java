package org.migportal.forum.entity;

/** Where in the market system a forum seeks change (the market map's three layers). */
public enum ChangeArea {
    CORE_MARKET_CHAIN, SUPPORTING_SERVICES, ENABLING_ENVIRONMENT
}
