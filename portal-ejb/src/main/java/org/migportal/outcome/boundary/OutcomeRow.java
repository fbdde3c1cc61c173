package org.migportal.outcome.boundary;

import java.io.Serializable;
import org.migportal.outcome.entity.Outcome;

/** An outcome as lists show it, with how many evidence files back it. */
public record OutcomeRow(Outcome outcome, long evidenceFiles) implements Serializable {
}
