package org.migportal.workplan.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.migportal.workplan.entity.ActionStatus;

/** The filters of an action list; null means no filter. The text is looked for in the title. */
public record ActionFilter(Long forumId, Long workPlanId, ActionStatus status, @Size(max = 100) String text)
        implements Serializable {

    public static ActionFilter ofForum(long forumId) {
        return new ActionFilter(forumId, null, null, null);
    }
}
