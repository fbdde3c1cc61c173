package org.migportal.workplan.boundary;

import java.io.Serializable;
import java.util.List;
import org.migportal.workplan.entity.Action;

/**
 * A forum's open actions (planned or in progress) in the order the forum chose, beside the order the
 * sequence rule suggests; the forum decides, the suggestion stays visible.
 */
public record ActionSequence(List<Action> chosen, List<Action> suggested) implements Serializable {

    /** The 1-based place the rule suggests for the action, or 0 if it is not in the sequence. */
    public int suggestedPlaceOf(Action action) {
        return suggested.indexOf(action) + 1;
    }
}
