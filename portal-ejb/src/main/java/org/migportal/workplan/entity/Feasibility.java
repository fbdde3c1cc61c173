package org.migportal.workplan.entity;

/** The three sides of an action's technical feasibility in the guidance's checklist. */
public enum Feasibility {
    DIFFICULTY, RISK, COST
}
