package org.migportal.workplan.entity;

/** Where a milestone of the work-plan stands. */
public enum MilestoneStatus {
    PLANNED, REACHED, MISSED, DROPPED
}
