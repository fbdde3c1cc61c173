package org.migportal.workplan.control;

import java.io.Serializable;

/**
 * What the sequence rule needs to know of one action: its effective ratings (null when not rated),
 * commitment and passion (null when not asked) and whether it makes later actions easier.
 */
public record SequenceItem(long id, Integer difficulty, Integer risk, Integer cost, Integer commitment,
        Integer passion, boolean easesLater) implements Serializable {

    public boolean isRated() {
        return difficulty != null && risk != null && cost != null;
    }

    /** Difficulty, risk and cost together, 3–15. */
    public int burden() {
        return difficulty + risk + cost;
    }
}
