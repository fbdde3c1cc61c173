package org.migportal.web.api.health;

import java.time.LocalDate;
import java.util.List;
import org.migportal.health.entity.ForumHealthResponse;
import org.migportal.health.entity.HealthResponse;

/**
 * One forum's health: {@code assessed} is false for a proposed or closed forum (health applies to forums
 * that have started and not ended), and then {@code health} is left out; the responses recorded, latest first.
 */
public record ForumHealthDetails(long forumId, boolean assessed, ForumHealthSummary health, List<ResponseEntry> responses) {

    /** What was decided about the forum, by whom, when, and when it is to be reviewed. */
    public record ResponseEntry(long id, HealthResponse response, String note, String recordedBy, LocalDate recordedOn,
            LocalDate reviewOn) {

        static ResponseEntry of(ForumHealthResponse response) {
            return new ResponseEntry(response.getId(), response.getResponse(), response.getNote(),
                    response.getRecordedBy(), response.getRecordedOn(), response.getReviewOn());
        }
    }
}
