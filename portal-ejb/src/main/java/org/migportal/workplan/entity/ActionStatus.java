package org.migportal.workplan.entity;

/** Where an action stands; an adapted action was replaced by another one that it points to. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED, ADAPTED;

    /** Still to be done: counted in the plan's sequence. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
