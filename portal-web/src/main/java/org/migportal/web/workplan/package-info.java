/**
 * The work-plan pages: a forum's plan with objectives and milestones, its actions, the suggested and
 * chosen order, the difficulty × cost matrix ({@code workplan/forum.xhtml}), and one action with its
 * feasibility checklist, commitments and adaptations ({@code workplan/action.xhtml}).
 */
package org.migportal.web.workplan;
