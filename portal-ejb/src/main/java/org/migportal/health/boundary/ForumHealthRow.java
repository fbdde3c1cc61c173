package org.migportal.health.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.geography.entity.Country;
import org.migportal.health.entity.HealthResponse;
import org.migportal.platform.entity.CountryOwned;

/**
 * A forum's health: its signals, the reasons it is flagged (none if it is healthy), and the latest
 * response recorded for it. It names its country and forum, so that the boundary's guard checks it
 * against the caller's scope like any record.
 */
public record ForumHealthRow(ForumHealthSignals signals, List<HealthReason> reasons, LatestResponse latestResponse,
        Country country) implements CountryOwned, Serializable {

    public ForumHealthRow {
        reasons = List.copyOf(reasons);
    }

    /** The latest response to the forum's health: what, when, and when it is to be reviewed. */
    public record LatestResponse(HealthResponse response, LocalDate recordedOn, LocalDate reviewOn) implements Serializable {

        public boolean isReviewDue() {
            return reviewOn != null && !reviewOn.isAfter(LocalDate.now());
        }
    }

    public boolean isFlagged() {
        return !reasons.isEmpty();
    }

    @Override
    public Country owningCountry() {
        return country;
    }

    @Override
    public String owningForumCode() {
        return signals.code();
    }
}
