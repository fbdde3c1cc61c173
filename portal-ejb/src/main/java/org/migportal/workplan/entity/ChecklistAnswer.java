package org.migportal.workplan.entity;

/** An answer to a checklist question. */
public enum ChecklistAnswer {
    YES, NO, UNSURE
}
