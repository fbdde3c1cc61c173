package org.migportal.meeting.entity;

/** What a reflection found when it revisited the market map. */
public enum MarketMapReview {
    STILL_HOLDS,
    PARTLY_CHANGED,
    CHANGED,
    NOT_REVISITED
}
