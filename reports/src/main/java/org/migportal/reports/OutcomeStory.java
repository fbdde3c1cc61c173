package org.migportal.reports;

import java.time.LocalDate;

/**
 * An outcome a forum achieved, as a report tells it: what changed, whom it reached and the evidence.
 *
 * @param type code of the kind of outcome ({@code OutcomeType})
 * @param beneficiaries estimated people reached, or null if not estimated; the shares are percent of them
 * @param verifiedBy who verified it, or null (always null in a report for outsiders)
 */
public record OutcomeStory(String forum, LocalDate occurredOn, String type, String description,
        boolean beyondMembers, Integer beneficiaries, Integer womenShare, Integer youthShare, long evidenceFiles,
        LocalDate verifiedOn, String verifiedBy) {
}
