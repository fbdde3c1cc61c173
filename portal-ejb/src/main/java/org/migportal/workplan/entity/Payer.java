package org.migportal.workplan.entity;

/** "Who pays" for an action: the guidance asks forums to plan this as carefully as who does it. */
public enum Payer {
    MEMBERS_OWN, OTHER_ACTOR, PROGRAMME_SUBSIDY, NOT_KNOWN
}
