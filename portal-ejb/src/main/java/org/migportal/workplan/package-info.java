/**
 * A forum's work-plan: objectives and milestones per period, and the actions towards its vision with
 * "who does, who pays". Each action is assessed with the guidance's feasibility checklist (difficulty,
 * risk, cost) plus commitment and passion; from that a suggested sequence, beside the order the forum
 * chose. Commitments from meetings serve actions; adaptations from reflections become actions.
 */
package org.migportal.workplan;
