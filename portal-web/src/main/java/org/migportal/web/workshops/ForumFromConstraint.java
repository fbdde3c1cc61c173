package org.migportal.web.workshops;

import java.util.Locale;
import org.migportal.forum.entity.Forum;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * A new forum pre-filled from a constraint a workshop picked: its district and market system, the
 * constraint as the vision and change area, and a name the officer will likely shorten.
 */
public final class ForumFromConstraint {

    private ForumFromConstraint() {
    }

    public static Forum draft(WorkshopConstraint constraint) {
        Workshop workshop = constraint.getWorkshop();
        String name = workshop.getDistrict().getName() + " " + workshop.getMarketSystem().toLowerCase(Locale.ROOT) + ": "
                + constraint.getName().toLowerCase(Locale.ROOT);
        return new Forum(null, name.length() > Forum.NAME_LENGTH ? name.substring(0, Forum.NAME_LENGTH) : name,
                workshop.getDistrict(), workshop.getMarketSystem(), constraint.getVision(), constraint.getChangeArea());
    }
}
